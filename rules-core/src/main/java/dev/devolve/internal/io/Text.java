package dev.devolve.internal.io;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/** How values are written in explanations and text output. */
public final class Text {

    private Text() {
    }

    /** Enum words, plain decimals without trailing zeros, ISO dates, {@code [a, b]} for sets, {@code unknown} for null. */
    public static String display(Object v) {
        if (v == null) {
            return "unknown";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Text::display).collect(Collectors.joining(", ", "[", "]"));
        }
        return v.toString();
    }
}

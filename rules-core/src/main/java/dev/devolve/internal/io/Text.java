package dev.devolve.internal.io;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** How values are written in explanations and text output. */
public final class Text {

    private static final int MAX_ENTRIES = 6;

    private Text() {
    }

    /**
     * Enum words, plain decimals without trailing zeros, ISO dates, {@code [a, b]} for sets,
     * {@code {k=v, …}} for tables (the first six entries), {@code unknown} for null.
     */
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
        if (v instanceof Map<?, ?> m) {
            // A long table (the 36 province tiers) would drown the sentence it appears in.
            String shown = m.entrySet().stream().limit(MAX_ENTRIES).map(e -> e.getKey() + "=" + display(e.getValue()))
                    .collect(Collectors.joining(", "));
            return "{" + shown + (m.size() > MAX_ENTRIES ? ", … " + m.size() + " entries" : "") + "}";
        }
        return v.toString();
    }
}

package dev.devolve.result;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** How values are written in explanations and text output. */
public final class Text {

    private static final int MAX_ENTRIES = 6;
    private static final int PLAIN_DIGITS = 40;

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
            BigDecimal s = d.stripTrailingZeros();
            // Plain digits when they are few; a value a rule computed far outside the input limits
            // is written in scientific notation rather than as millions of digits.
            long digits = Math.max((long) s.precision() - s.scale(), s.scale());
            return digits <= PLAIN_DIGITS ? s.toPlainString() : s.toString();
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

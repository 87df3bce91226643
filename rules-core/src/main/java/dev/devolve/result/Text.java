package dev.devolve.result;

import dev.devolve.model.Level;
import dev.devolve.model.Term;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** How values are written in explanations and text output. */
public final class Text {

    private static final int MAX_ENTRIES = 6;
    private static final int PLAIN_DIGITS = 40;
    private static final Words WORDS = Words.of(Text.class, "values");

    private Text() {
    }

    /**
     * Enum words, plain decimals without trailing zeros, ISO dates, {@code [a, b]} for sets,
     * {@code {k=v, …}} for tables (the first six entries), {@code unknown} for null.
     */
    public static String display(Object v) {
        return display(v, Language.EN);
    }

    /**
     * A value as {@link #display(Object)} writes it, in {@code language}: in Chinese, words of the
     * fact model by their Chinese name with the code beside it ({@code 镇（TOWN）}), flags as 是 or 否.
     */
    public static String display(Object v, Language language) {
        if (v == null) {
            return WORDS.get(language, "unknown");
        }
        if (v instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            // Plain digits when they are few; a value a rule computed far outside the input limits
            // is written in scientific notation rather than as millions of digits.
            long digits = Math.max((long) s.precision() - s.scale(), s.scale());
            return digits <= PLAIN_DIGITS ? s.toPlainString() : s.toString();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(x -> display(x, language)).collect(Collectors.joining(WORDS.get(language, "list.separator"), "[", "]"));
        }
        if (v instanceof Map<?, ?> m) {
            // A long table (the 36 province tiers) would drown the sentence it appears in.
            String shown = m.entrySet().stream().limit(MAX_ENTRIES).map(e -> display(key(e.getKey(), language), language) + "=" + display(e.getValue(), language))
                    .collect(Collectors.joining(WORDS.get(language, "list.separator")));
            return "{" + shown + (m.size() > MAX_ENTRIES ? WORDS.get(language, "table.more", m.size()) : "") + "}";
        }
        if (language == Language.ZH && v instanceof Boolean b) {
            return WORDS.zh(b ? "true" : "false");
        }
        if (v instanceof Enum<?> e && v instanceof Term) {
            return Words.named(e, language);
        }
        return v.toString();
    }

    /** A table key; in Chinese, a level's word ({@code province}, as tables of shares are keyed) as that level. */
    private static Object key(Object k, Language language) {
        if (language == Language.ZH && k instanceof String s) {
            for (Level level : Level.values()) {
                if (level.word().equals(s)) {
                    return level;
                }
            }
        }
        return k;
    }
}

package dev.devolve.result;

import dev.devolve.model.Level;
import dev.devolve.model.Term;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How values are written in explanations and text output. */
public final class Text {

    private static final int MAX_ENTRIES = 6;
    private static final int PLAIN_DIGITS = 40;
    private static final Words WORDS = Words.of(Text.class, "values");
    /** By language (ordinal): the words of every explanation, looked up once. */
    private static final String[] UNKNOWN = each(l -> WORDS.get(l, "unknown"));
    private static final String[] SEPARATOR = each(l -> WORDS.get(l, "list.separator"));
    private static final String[] TRUE = each(l -> WORDS.get(l, "true"));
    private static final String[] FALSE = each(l -> WORDS.get(l, "false"));

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
            return UNKNOWN[language.ordinal()];
        }
        if (v instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            // Plain digits when they are few; a value a rule computed far outside the input limits
            // is written in scientific notation rather than as millions of digits.
            long digits = Math.max((long) s.precision() - s.scale(), s.scale());
            return digits <= PLAIN_DIGITS ? s.toPlainString() : s.toString();
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder().append('[');
            boolean first = true;
            for (Object x : c) {
                if (!first) {
                    sb.append(SEPARATOR[language.ordinal()]);
                }
                first = false;
                sb.append(display(x, language));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            // A long table (the 36 province tiers) would drown the sentence it appears in.
            String shown = m.entrySet().stream().limit(MAX_ENTRIES).map(e -> display(key(e.getKey(), language), language) + "=" + display(e.getValue(), language))
                    .collect(Collectors.joining(SEPARATOR[language.ordinal()]));
            return "{" + shown + (m.size() > MAX_ENTRIES ? WORDS.get(language, "table.more", m.size()) : "") + "}";
        }
        if (language == Language.ZH && v instanceof Boolean b) {
            return (b ? TRUE : FALSE)[Language.ZH.ordinal()];
        }
        if (v instanceof Enum<?> e && v instanceof Term) {
            return Words.named(e, language);
        }
        return v.toString();
    }

    private static String[] each(Function<Language, String> word) {
        String[] out = new String[Language.values().length];
        for (Language l : Language.values()) {
            out[l.ordinal()] = word.apply(l);
        }
        return out;
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

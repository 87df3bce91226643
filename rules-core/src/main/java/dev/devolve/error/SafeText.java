package dev.devolve.error;

/**
 * Text from input files made safe to print: every control character (C0, DEL, C1), every
 * bidirectional formatting character and the Unicode line and paragraph separators are written as
 * escapes ({@code \n}, {@code \u001B}, {@code \u202E}), so that no value read from a file can start
 * a new output line, move the cursor, colour a terminal or reorder what a reader sees.
 *
 * <pre>{@code
 * SafeText.line("A\nOutcome: DELEGATE")   // A\nOutcome: DELEGATE, on one line
 * SafeText.quote("x".repeat(1000))        // 'xxx…' (1000 characters), at most about 80 characters
 * }</pre>
 */
public final class SafeText {

    /** How many characters of a value an error message quotes. */
    public static final int QUOTE_LIMIT = 60;

    private SafeText() {
    }

    /**
     * Whether a code point is one that input may not carry in a word, code or name and that output
     * escapes: C0 controls (tab and line breaks too), DEL, C1 controls, the bidirectional marks,
     * embeddings, overrides and isolates, the Arabic letter mark, and the line and paragraph separators.
     */
    public static boolean isControl(int cp) {
        return cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || cp >= 0x2028 && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** The index of the first control character in {@code s}, or -1 when it has none. */
    public static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} with every control character escaped; the same string when it has none. */
    public static String line(String s) {
        if (s == null || firstControl(s) < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    /**
     * A text cell for a CSV file: escaped as by {@link #line}, and prefixed with a single quote when
     * it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, so that a
     * spreadsheet shows it as text instead of running it as a formula (OWASP, CSV injection). Only
     * text columns go through this; numeric columns are written as numbers, negative ones included.
     */
    public static String csvText(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + line(s) : line(s);
    }

    /**
     * A value for an error message: escaped, in single quotes, and cut after {@link #QUOTE_LIMIT}
     * characters with the full length said, so that a huge value never makes a huge message.
     */
    public static String quote(String s) {
        if (s == null) {
            return "nothing";
        }
        if (s.length() <= QUOTE_LIMIT) {
            return "'" + line(s) + "'";
        }
        int end = Character.isHighSurrogate(s.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
        return "'" + line(s.substring(0, end)) + "…' (" + s.length() + " characters)";
    }
}

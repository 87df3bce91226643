package dev.devolve.internal.sandbox;

import java.util.regex.Pattern;

/** String and number literals in DRL source text, read without a parser. */
final class Literals {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,18})?");

    private Literals() {
    }

    /** Whether {@code v} is one string literal, a number or a boolean. */
    static boolean literal(String v) {
        if (v.equals("true") || v.equals("false") || NUMBER.matcher(v).matches()) {
            return true;
        }
        if (v.length() < 2 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') {
            return false;
        }
        return stringEnd(v, 0) == v.length();
    }

    /** The offset just past the string literal that opens at {@code start}, or the text's length when it is not closed. */
    private static int stringEnd(String s, int start) {
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != '"') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }

    /** {@code s} with every string literal emptied, so that its words are the expression's own. */
    static String withoutStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '"') {
                i = stringEnd(s, i);
                out.append("\"\"");
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }
}

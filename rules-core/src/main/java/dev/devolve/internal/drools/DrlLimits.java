package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.location.SourceLocation;

/**
 * Limits on a DRL file's raw text, checked before any parser sees it, for every pack, trusted or
 * not. The Drools parser, the expression parser and the source check recurse once per bracket, per
 * prefix operator and per operand of an operator chain, so a long enough {@code 1 + 1 + …} or
 * {@code !!!…} exhausts the stack whatever its brackets; a very long literal costs the same in the
 * lexers. Comments are skipped; string and character literals are measured, not read.
 */
final class DrlLimits {

    /** Bracket depth a DRL file may reach; the bundled packs need 4. */
    static final int MAX_NESTING = 64;
    /** Operator characters in one expression (a pattern, an {@code eval}, a statement); the bundled packs need 21. */
    static final int MAX_OPERATORS = 256;
    /** Characters of one string or character literal, quotes excluded. */
    static final int MAX_STRING = 4096;
    /** Characters of one name or number. */
    static final int MAX_WORD = 256;

    private static final String OPERATORS = "+-*/%!~&|^<>=?:";

    private final String text;

    private DrlLimits(String text) {
        this.text = text;
    }

    /** The first limit {@code text} breaks, located in {@code location}; null when it keeps them all. */
    static Diagnostic check(String location, String text) {
        return new DrlLimits(text).scan(location);
    }

    private Diagnostic scan(String location) {
        int depth = 0;
        int operators = 0;
        int expressionStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (depth == 0) {
                    operators = 0;
                }
                i++;
            } else if (c == '/' && text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (c == '/' && text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                int start = i;
                int end = literalEnd(i, c);
                if (end - start - 2 > MAX_STRING) {
                    return error(location, start, "DRL_LIMIT", "a literal of " + (end - start - 2) + " characters; at most " + MAX_STRING);
                }
                i = end;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_$.".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                if (i - start > MAX_WORD) {
                    return error(location, start, "DRL_LIMIT", "a name or number of " + (i - start) + " characters; at most " + MAX_WORD);
                }
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    if (++depth > MAX_NESTING) {
                        return error(location, i, "DRL_NESTING", "brackets nested more than " + MAX_NESTING
                                + " deep: the parsers recurse once a level, and a deeper file would exhaust the stack");
                    }
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    if (--depth == 0) {
                        operators = 0;
                    }
                } else if (c == ';') {
                    operators = 0;
                } else if (OPERATORS.indexOf(c) >= 0) {
                    if (operators++ == 0) {
                        expressionStart = i;
                    }
                    if (operators > MAX_OPERATORS) {
                        return error(location, expressionStart, "DRL_LIMIT", "an expression with more than " + MAX_OPERATORS
                                + " operator characters: the parsers recurse once an operand; split it into several rules or patterns");
                    }
                }
                i++;
            }
        }
        return null;
    }

    /** The offset just past the literal opened by the quote at {@code start}, or the end of its line. */
    private int literalEnd(int start, char quote) {
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    private Diagnostic error(String location, int offset, String code, String message) {
        return Diagnostic.error(code, SourceLocation.at(location, text, offset), message);
    }
}

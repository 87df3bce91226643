package dev.devolve.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits DRL text into identifiers and punctuation, skipping comments, string and character
 * literals, and the {@code package} and {@code import} statements (checked structurally).
 */
final class Tokens {

    private Tokens() {
    }

    static List<PackLinter.Token> of(String text) {
        List<PackLinter.Token> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        boolean statementStart = true;
        boolean skipStatement = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
                if (skipStatement) {
                    skipStatement = false;
                }
                statementStart = true;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
                continue;
            }
            if (c == '"' || c == '\'') {
                i = skipLiteral(text, i, c);
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                if (statementStart && (word.equals("package") || word.equals("import"))) {
                    skipStatement = true;
                }
                statementStart = false;
                if (!skipStatement) {
                    out.add(new PackLinter.Token(word, line, start - lineStart + 1));
                }
                continue;
            }
            statementStart = false;
            if (!skipStatement) {
                out.add(new PackLinter.Token(String.valueOf(c), line, i - lineStart + 1));
            }
            i++;
        }
        return out;
    }

    private static int skipLiteral(String text, int i, char quote) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != quote && text.charAt(j) != '\n') {
            j += text.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j + 1, text.length());
    }

    /** Whether the file imports {@code name} from the fact model (or the whole fact model). */
    static boolean isModelType(String text, String name) {
        return Pattern.compile("(?m)^\\s*import\\s+dev\\.devolve\\.model\\.(" + Pattern.quote(name) + "|\\*)\\s*;?\\s*$").matcher(text).find();
    }
}

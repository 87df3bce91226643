package dev.devolve.location;

import java.util.Objects;

/**
 * A place in a source: a pack file, a fact file, a sheet, a scenario. Every diagnostic, input error
 * and JSON {@code location} object names its place with this one type, so a line or a column is
 * counted the same way wherever it is shown.
 *
 * @param file   the file or resource, e.g. {@code national/dev/devolve/national/keeps.drl}
 * @param line   1-based line, or 0 when not known
 * @param column 1-based column, or 0 when not known (always 0 when the line is not known)
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when not known: " + line + ":" + column);
        }
        if (line == 0 && column != 0) {
            throw new IllegalArgumentException("a column needs a line: " + file + ":" + line + ":" + column);
        }
    }

    /** The whole file, no line known. */
    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    /** A line of the file, no column known. */
    public static SourceLocation of(String file, int line) {
        return new SourceLocation(file, line, 0);
    }

    /** A line and column of the file, both 1-based. */
    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    /** The 1-based line and column of the character at {@code offset} of {@code text}. */
    public static SourceLocation at(String file, CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(file, line, offset - lineStart + 1);
    }

    /** {@code file:line:col}, leaving out what is not known: the form every tool prints. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}

package dev.devolve.api;

/**
 * Bad input: a malformed YAML/JSON/CSV file, an unknown key, a wrong type, an unknown enum word,
 * an unknown township code. The message is one line that names the source, line, column and key,
 * e.g. {@code township.yaml:3:5: township.kind: unknown word 'VILAGE'; allowed: STREET, TOWN, …}.
 */
public class InputException extends DevolveException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    public InputException(String source, int line, int column, String message) {
        super(format(source, line, column, message));
        this.source = source;
        this.line = line;
        this.column = column;
    }

    public InputException(String source, int line, int column, String message, Throwable cause) {
        super(format(source, line, column, message), cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** The file or resource the input came from. */
    public String source() { return source; }

    /** 1-based line, or 0 when not known. */
    public int line() { return line; }

    /** 1-based column, or 0 when not known. */
    public int column() { return column; }

    private static String format(String source, int line, int column, String message) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(message).toString();
    }
}

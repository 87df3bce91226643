package dev.devolve.error;

import dev.devolve.location.SourceLocation;

/**
 * Bad input: a malformed YAML/JSON/CSV file, an unknown key, a wrong type, an unknown enum word,
 * an unknown township code, a number out of range, a file that is not UTF-8, a control character in
 * a word. The message is one line that names the source, line, column and key, e.g.
 * {@code township.yaml:3:5: township.kind: unknown word 'VILAGE'; allowed: STREET, TOWN, …}; it is
 * never longer than {@link #MAX_MESSAGE} characters and holds no control character, whatever the input.
 */
public class InputException extends DevolveException {

    private static final long serialVersionUID = 1L;

    /** The longest message an input error has. */
    public static final int MAX_MESSAGE = 2000;

    /** The code of an input error that has no more specific one. */
    public static final String INPUT = "INPUT";

    private final String code;
    private final SourceLocation location;
    private final String detail;

    public InputException(String source, int line, int column, String message) {
        this(INPUT, source, line, column, message, null);
    }

    public InputException(String source, int line, int column, String message, Throwable cause) {
        this(INPUT, source, line, column, message, cause);
    }

    /**
     * An input error with a stable code, e.g. {@code INPUT_NUMBER}, {@code INPUT_ENCODING},
     * {@code INPUT_CONTROL_CHARACTER}, {@code PACK_LINK}, {@code PACK_LIMIT}.
     */
    public InputException(String code, String source, int line, int column, String message, Throwable cause) {
        this(code, SourceLocation.of(source == null ? "<input>" : source, line, line > 0 ? column : 0), message, cause);
    }

    /** An input error at a place, with a stable code. */
    public InputException(String code, SourceLocation location, String message, Throwable cause) {
        super(bounded(location + ": " + message), cause);
        this.code = code;
        this.location = new SourceLocation(bounded(location.file()), location.line(), location.column());
        this.detail = bounded(message);
    }

    /** A stable upper-case code for the kind of problem; {@link #INPUT} when none more specific. */
    public String code() { return code; }

    /** The file or resource the input came from, and the line and column when known. */
    public SourceLocation location() { return location; }

    /** The message without its location. */
    public String detail() { return detail; }

    /** The problem as a diagnostic, for a pack that cannot be loaded. */
    public Diagnostic toDiagnostic() {
        return Diagnostic.error(code, location, detail);
    }

    private static String bounded(String s) {
        String one = SafeText.line(s);
        return one.length() <= MAX_MESSAGE ? one : one.substring(0, MAX_MESSAGE - 1) + "…";
    }
}

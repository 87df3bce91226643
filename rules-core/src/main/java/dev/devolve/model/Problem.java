package dev.devolve.model;

/** A rule's finding that the request cannot be answered as asked; it becomes an error diagnostic. */
public final class Problem {

    /** The longest text a finding carries: rules build findings' text, and a rule firing again on
     * its own finding could otherwise double it each time. */
    static final int MAX_TEXT = 4096;

    private final String code;
    private final String message;

    public Problem(String code, String message) {
        this.code = bounded("code", code);
        this.message = bounded("message", message);
    }

    /** {@code value}, unless it is longer than {@link #MAX_TEXT}: then an IllegalArgumentException. */
    static String bounded(String what, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a finding's " + what + " is limited to " + MAX_TEXT + " characters, got " + value.length());
        }
        return value;
    }

    public String getCode() { return code; }
    public String getMessage() { return message; }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}

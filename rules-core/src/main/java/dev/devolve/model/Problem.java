package dev.devolve.model;

/** A rule's finding that the request cannot be answered as asked; it becomes an error diagnostic. */
public final class Problem {

    private final String code;
    private final String message;

    public Problem(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String getCode() { return code; }
    public String getMessage() { return message; }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}

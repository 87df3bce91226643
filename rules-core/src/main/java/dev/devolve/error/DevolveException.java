package dev.devolve.error;

/**
 * Base of every exception Devolve throws: misuse of the API, bad input files and broken packs.
 * Problems found while deciding are not exceptions; they go into {@code Decision.diagnostics()}.
 */
public class DevolveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DevolveException(String message) {
        super(message);
    }

    public DevolveException(String message, Throwable cause) {
        super(message, cause);
    }
}

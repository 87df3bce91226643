package dev.devolve.error;

/**
 * A request that cannot be decided as asked, for example a date before a parameter's first value.
 * The code is stable ({@code PARAMETER_NOT_IN_FORCE}); the message names the parameter and date.
 */
public class DecisionException extends DevolveException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public DecisionException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

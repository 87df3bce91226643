package dev.devolve.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A pack set could not be compiled. Carries every diagnostic found, each formatted as
 * {@code pack/path:line:col: CODE: message}; no engine is built from a broken pack.
 */
public class PackBuildException extends DevolveException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public PackBuildException(List<Diagnostic> diagnostics) {
        this(diagnostics, null);
    }

    /** The problems, with the exception that revealed them. */
    public PackBuildException(List<Diagnostic> diagnostics, Throwable cause) {
        super(diagnostics.size() + " problem(s) in the rule packs:\n"
                + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")), cause);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}

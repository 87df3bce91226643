package dev.devolve.error;

import dev.devolve.location.SourceLocation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A problem with a location: a compile error in a pack, or something found while deciding.
 *
 * @param severity how bad it is
 * @param code     a stable upper-case code, e.g. {@code DRL_SYNTAX}, {@code PARAMETER_NOT_IN_FORCE}
 * @param message  one line for a person
 * @param location where in which file, when the problem has one
 */
public record Diagnostic(Severity severity, String code, String message, Optional<SourceLocation> location) {

    /** How bad a diagnostic is. */
    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String code, SourceLocation location, String message) {
        return new Diagnostic(Severity.ERROR, code, message, Optional.ofNullable(location));
    }

    public static Diagnostic warning(String code, SourceLocation location, String message) {
        return new Diagnostic(Severity.WARNING, code, message, Optional.ofNullable(location));
    }

    /** {@code location: CODE: message}, the form every tool prints. */
    @Override
    public String toString() {
        return location.map(l -> l + ": ").orElse("") + code + ": " + message;
    }
}

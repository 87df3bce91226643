package dev.devolve.scenario;

import dev.devolve.location.SourceLocation;
import dev.devolve.model.Township;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One scenario of a scenario file: the township, the date, what the engine is asked about (its
 * {@link Subject}, which carries the expectations of its kind) and the checks every subject shares.
 *
 * @param name     its plain-language name
 * @param file     the file it is in
 * @param line     the line its entry starts on
 * @param asOf     the date
 * @param township the township: inline facts, or a code from the national list
 * @param subject  what is asked: a delegation decision or a shared-service split
 * @param expect   the checks every subject shares: the error, rules and diagnostics
 */
public record Scenario(String name, Path file, int line, LocalDate asOf, Township township, Subject subject,
                       Expectation expect) {

    /** {@code file:line}, as every report names it. */
    public SourceLocation location() {
        return SourceLocation.of(file.toString(), line);
    }
}

package dev.devolve.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The ranges of the whole-number options, checked before any work: a count far out of range is a typo, not a request. */
final class Bounds {

    /** The most worker threads a command starts. */
    static final int MAX_THREADS = 256;
    /** The most examples {@code diff} explains per transition. */
    static final int MAX_EXAMPLES = 1000;

    private Bounds() {
    }

    /** Fails with one line naming the option when {@code value} is outside {@code [min, max]}. */
    static void check(CommandSpec spec, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be between " + min + " and " + max
                    + ", found " + value);
        }
    }
}

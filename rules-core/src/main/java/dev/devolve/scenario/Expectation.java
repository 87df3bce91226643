package dev.devolve.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The checks every scenario may make, whatever its subject; the checks of its kind are in its
 * {@link Subject}. An empty list checks nothing.
 *
 * @param error         the code of the error the request must be refused with (or cut short with);
 *                      empty when it must be decided
 * @param rulesFired    rule ids that must have fired
 * @param rulesNotFired rule ids that must not have fired
 * @param diagnostics   diagnostic codes that must each appear
 */
public record Expectation(Optional<String> error, List<String> rulesFired, List<String> rulesNotFired,
                          List<String> diagnostics) {

    public Expectation {
        rulesFired = List.copyOf(rulesFired);
        rulesNotFired = List.copyOf(rulesNotFired);
        diagnostics = List.copyOf(diagnostics);
    }
}

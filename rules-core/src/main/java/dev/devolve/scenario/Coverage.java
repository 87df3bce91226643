package dev.devolve.scenario;

import dev.devolve.result.RuleDescription;

import java.util.List;
import java.util.Set;

/**
 * Which rules of the packs under test fired in at least one scenario.
 *
 * @param rules every rule of the engines the scenarios ran on
 * @param fired ids of the rules that fired at least once
 */
public record Coverage(List<RuleDescription> rules, Set<String> fired) {

    public Coverage {
        rules = List.copyOf(rules);
        fired = Set.copyOf(fired);
    }

    /** Covered rules as a percentage of all rules; 100 when there are none. */
    public double percent() {
        return rules.isEmpty() ? 100.0 : 100.0 * covered() / rules.size();
    }

    public long covered() {
        return rules.stream().filter(r -> fired.contains(r.id())).count();
    }

    /** The rules no scenario fired, each with its {@code pack/file:line}. */
    public List<RuleDescription> uncovered() {
        return rules.stream().filter(r -> !fired.contains(r.id())).toList();
    }
}

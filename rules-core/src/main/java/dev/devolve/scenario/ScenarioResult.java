package dev.devolve.scenario;

import dev.devolve.error.SafeText;

import java.util.List;

/**
 * How one scenario came out.
 *
 * @param scenario    the scenario
 * @param mismatches  every field that differs; empty when it passed
 * @param rulesFired  rule ids that fired while deciding it
 * @param explanation the decision's explanation, as text, to show beside a failure
 * @param cutShort    whether its decision (or split) was cut short: outcome ERROR
 */
public record ScenarioResult(Scenario scenario, List<Mismatch> mismatches, List<String> rulesFired, String explanation,
                             boolean cutShort) {

    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
        rulesFired = List.copyOf(rulesFired);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** The failure as a person reads it: where, which fields, and the explanation. */
    public String failureReport() {
        StringBuilder sb = new StringBuilder();
        sb.append("FAIL ").append(SafeText.line(scenario.location() + "  " + scenario.name())).append('\n');
        for (Mismatch m : mismatches) {
            sb.append("  ").append(SafeText.line(m.toString())).append('\n');
        }
        sb.append("  explanation:\n");
        explanation.lines().forEach(l -> sb.append("    ").append(SafeText.line(l)).append('\n'));
        return sb.toString();
    }
}

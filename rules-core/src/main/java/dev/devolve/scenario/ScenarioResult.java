package dev.devolve.scenario;

import dev.devolve.error.Diagnostic;
import dev.devolve.result.RuleContribution;
import dev.devolve.error.SafeText;

import java.util.List;
import java.util.function.Function;

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

    /** A decision's or split's explanation as a failure shows it: the summary, each rule, each diagnostic. */
    static String explanation(String summary, List<RuleContribution> rules, List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder(summary).append('\n');
        Function<RuleContribution, String> line = c -> (c.decisive() ? "* " : "- ") + c.ruleId() + ": " + c.textEn()
                + " [" + String.join("; ", c.citations()) + "]";
        rules.forEach(c -> sb.append(line.apply(c)).append('\n'));
        diagnostics.forEach(d -> sb.append("! ").append(d).append('\n'));
        return sb.toString();
    }
}

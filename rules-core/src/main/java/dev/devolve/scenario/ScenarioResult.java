package dev.devolve.scenario;

import dev.devolve.error.Diagnostic;
import dev.devolve.error.SafeText;
import dev.devolve.result.Explanation;
import dev.devolve.result.RuleContribution;
import dev.devolve.words.Language;
import dev.devolve.words.Words;

import java.util.List;
import java.util.function.Function;

/**
 * How one scenario came out.
 *
 * @param scenario    the scenario
 * @param mismatches  every field that differs; empty when it passed
 * @param rulesFired  rule ids that fired while deciding it
 * @param explanation the decision's explanation, as text, to show beside a failure
 * @param explanationZh the same in Chinese
 * @param cutShort    whether its decision (or split) was cut short: outcome ERROR
 */
public record ScenarioResult(Scenario scenario, List<Mismatch> mismatches, List<String> rulesFired, String explanation,
                             String explanationZh, boolean cutShort) {

    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
        rulesFired = List.copyOf(rulesFired);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** The failure as a person reads it: where, which fields, and the explanation. */
    public String failureReport() {
        return failureReport(Language.EN);
    }

    /** The failure in {@code language}. */
    public String failureReport(Language language) {
        Words words = SuiteResult.WORDS;
        StringBuilder sb = new StringBuilder();
        sb.append(words.get(language, "fail", SafeText.line(scenario.location() + "  " + scenario.name()))).append('\n');
        for (Mismatch m : mismatches) {
            sb.append("  ").append(SafeText.line(words.get(language, "mismatch", m.field(), m.expected(), m.actual()))).append('\n');
        }
        sb.append("  ").append(words.get(language, "explanation")).append('\n');
        (language == Language.ZH ? explanationZh : explanation).lines().forEach(l -> sb.append("    ").append(SafeText.line(l)).append('\n'));
        return sb.toString();
    }

    /** A decision's or split's explanation as a failure shows it: the summary, each rule, each diagnostic. */
    static String explanation(Explanation explanation, List<Diagnostic> diagnostics, Language language) {
        boolean zh = language == Language.ZH;
        StringBuilder sb = new StringBuilder(zh ? explanation.summaryZh() : explanation.summaryEn()).append('\n');
        Function<RuleContribution, String> line = c -> (c.decisive() ? "* " : "- ") + c.ruleId() + ": " + (zh ? c.textZh() : c.textEn())
                + " [" + String.join("; ", c.citations()) + "]";
        explanation.rules().forEach(c -> sb.append(line.apply(c)).append('\n'));
        diagnostics.forEach(d -> sb.append("! ").append(d).append('\n'));
        return sb.toString();
    }

    /** What a scenario whose request was refused shows: {@code refused: } and why. */
    static String refused(Exception e, Language language) {
        return SuiteResult.WORDS.get(language, "refused", e.getMessage());
    }
}

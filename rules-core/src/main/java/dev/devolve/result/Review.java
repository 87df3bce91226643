package dev.devolve.result;

import dev.devolve.error.Diagnostic;
import dev.devolve.model.Matter;
import dev.devolve.model.Obligation;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.model.Township;
import dev.devolve.model.Usage;
import dev.devolve.model.UsageFinding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The review of one delegated power (赋权事项评估): keep, strengthen or recall, with the reasons, for a
 * township's usage of a matter over a period. It rests on the delegation decision for the same
 * (township, matter, date), made by the same engine, which it carries. Immutable; no nulls.
 *
 * <p>{@code ReviewJson} writes it as the documented {@code devolve.review/1} schema.
 *
 * @param township    the township
 * @param matter      the matter reviewed
 * @param usage       the usage over the period
 * @param asOf        the date reviewed for
 * @param outcome     the outcome
 * @param delegation  the delegation decision the review rests on
 * @param obligations obligations that come with STRENGTHEN
 * @param findings    what was found beside the outcome (EVALUATION_OVERDUE, POWER_NOT_HELD), in firing order
 * @param missing     paths of missing facts: the review's own ({@code usage.from}) and, when the delegation lacks facts, its paths
 * @param citations   what the outcome and obligations rest on
 * @param rulesFired  ids of every review rule that fired, in firing order
 * @param explanation the explanation of the review rules
 * @param diagnostics problems found while reviewing
 * @param packs       the packs (and their content hashes) that produced it
 */
public record Review(Township township, Matter matter, Usage usage, LocalDate asOf, ReviewOutcome outcome, Decision delegation,
                     List<Obligation> obligations, List<UsageFinding.Kind> findings, List<String> missing, List<String> citations,
                     List<String> rulesFired, Explanation explanation, List<Diagnostic> diagnostics, List<PackInfo> packs) {

    /** The schema id written in every review document. */
    public static final String SCHEMA = "devolve.review/1";

    public Review {
        obligations = List.copyOf(obligations);
        findings = List.copyOf(findings);
        missing = List.copyOf(missing);
        citations = List.copyOf(citations);
        rulesFired = List.copyOf(rulesFired);
        diagnostics = List.copyOf(diagnostics);
        packs = List.copyOf(packs);
    }

    /** The ids of the rules that decided the outcome. */
    public List<String> reasons() {
        return explanation.decisive().stream().map(RuleContribution::ruleId).toList();
    }

    /** Whether the review (or the delegation decision it rests on) was cut short: its outcome is {@link ReviewOutcome#ERROR}. */
    public boolean isError() {
        return outcome == ReviewOutcome.ERROR;
    }

    /** Why it was cut short, when it was. */
    public Optional<Diagnostic> error() {
        return isError() ? diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).findFirst() : Optional.empty();
    }
}

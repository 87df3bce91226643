package dev.devolve.result;

import dev.devolve.error.Diagnostic;
import dev.devolve.model.Matter;
import dev.devolve.model.Mode;
import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;
import dev.devolve.output.Json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer for one (township, matter, date): whether the power goes down, in which mode, under
 * which obligations and citations, what was missing, and the explanation. Immutable; no nulls.
 *
 * <p>{@link dev.devolve.output.DecisionJson} writes it as the documented {@code devolve.decision/1} schema.
 *
 * @param township    the township as decided (with generated facts marked synthetic)
 * @param matter      the matter as decided
 * @param asOf        the date decided for
 * @param outcome     the outcome
 * @param mode        the mode, for DELEGATE and ELIGIBLE
 * @param obligations obligations that come with the delegation
 * @param citations   what the outcome, mode and obligations rest on
 * @param missing     paths of missing facts, e.g. {@code township.certifiedOfficers}
 * @param rulesFired  ids of every rule that fired, in firing order
 * @param fiscal      money following the matter, for DELEGATE and ELIGIBLE matters with a known cost
 * @param mandates    unfunded-mandate findings for this matter
 * @param explanation the explanation
 * @param diagnostics problems found while deciding
 * @param packs       the packs (and their content hashes) that produced it
 */
public record Decision(Township township, Matter matter, LocalDate asOf, Outcome outcome, Optional<Mode> mode,
                       List<Obligation> obligations, List<String> citations, List<String> missing,
                       List<String> rulesFired, Optional<MatterFiscal> fiscal, List<Mandate> mandates,
                       Explanation explanation, List<Diagnostic> diagnostics, List<PackInfo> packs) {

    /** The schema id written in every decision document. */
    public static final String SCHEMA = "devolve.decision/1";

    public Decision {
        obligations = List.copyOf(obligations);
        citations = List.copyOf(citations);
        missing = List.copyOf(missing);
        rulesFired = List.copyOf(rulesFired);
        mandates = List.copyOf(mandates);
        diagnostics = List.copyOf(diagnostics);
        packs = List.copyOf(packs);
    }

    /**
     * Why the decision was cut short, when its outcome is {@link Outcome#ERROR}: the diagnostic
     * ({@code RULE_ERROR}, {@code RULE_TIMEOUT}, {@code RULE_FIRING_LIMIT}, {@code RULE_INSERT_LIMIT} or
     * {@code RULE_FORBIDDEN_FACT}) naming the rule and its location where one was running.
     */
    public Optional<Diagnostic> error() {
        if (outcome != Outcome.ERROR) {
            return Optional.empty();
        }
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).findFirst();
    }

    /** Whether the decision was cut short: its outcome is {@link Outcome#ERROR}. */
    public boolean isError() {
        return outcome == Outcome.ERROR;
    }
}

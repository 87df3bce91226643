package dev.devolve.result;

import dev.devolve.error.Diagnostic;
import dev.devolve.model.Admission;
import dev.devolve.model.AdmissionObligation;
import dev.devolve.model.DutyList;
import dev.devolve.model.Proposal;
import dev.devolve.model.Township;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether a proposed duty may reach a township (职责准入), and why; written as
 * {@code devolve.admission/1} by the output layer.
 *
 * @param proposal    the proposal
 * @param township    the township
 * @param asOf        the date decided for
 * @param admission   WITHIN_LIST, ADMITTED, NEEDS_ADMISSION, REFUSED or INSUFFICIENT_FACTS (ERROR when cut short)
 * @param wouldBe     the list the duty tests give the duty for this township
 * @param inCatalog   whether the duty is a catalog duty
 * @param obligations what must follow
 * @param findings    UNFUNDED_DUTY with the exact shortfall, when the cost exceeds the funding
 * @param citations   what the decision rests on
 * @param missing     the facts it needs and lacks, by path
 * @param rulesFired  the admission rules that fired
 * @param duty        the duty decision behind {@code wouldBe}
 * @param explanation the admission rules that contributed, with sentences
 * @param diagnostics problems met while deciding
 * @param packs       the packs that decided
 */
public record AdmissionDecision(Proposal proposal, Township township, LocalDate asOf, Admission admission, DutyList wouldBe,
                                boolean inCatalog, List<AdmissionObligation> obligations, List<DutyFinding> findings,
                                List<String> citations, List<String> missing, List<String> rulesFired, DutyDecision duty,
                                Explanation explanation, List<Diagnostic> diagnostics, List<PackInfo> packs) {

    public AdmissionDecision {
        obligations = List.copyOf(obligations);
        findings = List.copyOf(findings);
        citations = List.copyOf(citations);
        missing = List.copyOf(missing);
        rulesFired = List.copyOf(rulesFired);
        diagnostics = List.copyOf(diagnostics);
        packs = List.copyOf(packs);
    }

    /** Whether the decision was cut short: its admission is {@link Admission#ERROR}. */
    public boolean isError() {
        return admission == Admission.ERROR;
    }

    /** The error that cut the decision short, if it was. */
    public Optional<Diagnostic> error() {
        return isError() ? diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).findFirst() : Optional.empty();
    }
}

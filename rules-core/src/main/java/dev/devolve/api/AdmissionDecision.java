package dev.devolve.api;

import dev.devolve.internal.io.Json;
import dev.devolve.model.Admission;
import dev.devolve.model.AdmissionObligation;
import dev.devolve.model.DutyList;
import dev.devolve.model.Proposal;
import dev.devolve.model.Township;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a proposed duty may reach a township (职责准入), and why. {@link #toJson()} writes
 * {@code devolve.admission/1}.
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

    /** The schema id written in every admission document. */
    public static final String SCHEMA = "devolve.admission/1";

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

    public String toJson() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("schema", SCHEMA);
        a.put("asOf", asOf);
        a.put("township", Decision.townshipDocument(township));
        Map<String, Object> p = new LinkedHashMap<>();
        proposal.facts().forEach((k, v) -> p.put(k.substring("proposal.".length()), v));
        a.put("proposal", p);
        a.put("admission", admission);
        a.put("error", error().map(Diagnostic::toDocument));
        a.put("wouldBe", wouldBe);
        a.put("inCatalog", inCatalog);
        a.put("obligations", obligations);
        a.put("findings", findings.stream().map(AdmissionDecision::findingDocument).toList());
        a.put("citations", citations);
        a.put("missing", missing);
        a.put("rulesFired", rulesFired);
        a.put("duty", duty.toDocument());
        a.put("explanation", explanation.toDocument());
        a.put("diagnostics", Decision.diagnosticsDocument(diagnostics));
        a.put("packs", Decision.packsDocument(packs));
        return Json.pretty(a);
    }

    static Map<String, Object> findingDocument(DutyFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind());
        m.put("amount", f.amount());
        m.put("rule", f.ruleId());
        m.put("citations", f.citations());
        m.put("text", Explanation.text(f.textZh(), f.textEn()));
        return m;
    }
}

package dev.devolve.api;

import dev.devolve.model.DutyItem;
import dev.devolve.model.DutyList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a township's three lists one duty is on, and why.
 *
 * @param duty        the duty decided
 * @param list        BASIC, SUPPORTING, RECALLED or INSUFFICIENT_FACTS (ERROR when cut short)
 * @param lead        the department that leads a supporting duty or takes back a recalled one
 * @param reasons     the ids of the rules that decided the list
 * @param citations   what the decision rests on (a duty's own basis verbatim)
 * @param missing     the facts the decision needs and lacks, by path
 * @param rulesFired  every rule that fired for the duty
 * @param delegation  the delegation decision of the power the duty exercises, when it names one
 * @param explanation every contributing rule, with sentences
 * @param diagnostics problems met while deciding
 */
public record DutyDecision(DutyItem duty, DutyList list, Optional<String> lead, List<String> reasons, List<String> citations,
                           List<String> missing, List<String> rulesFired, Optional<DelegationLink> delegation,
                           Explanation explanation, List<Diagnostic> diagnostics) {

    public DutyDecision {
        reasons = List.copyOf(reasons);
        citations = List.copyOf(citations);
        missing = List.copyOf(missing);
        rulesFired = List.copyOf(rulesFired);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the decision was cut short: its list is {@link DutyList#ERROR}. */
    public boolean isError() {
        return list == DutyList.ERROR;
    }

    /** The error that cut the decision short, if it was. */
    public Optional<Diagnostic> error() {
        return isError() ? diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).findFirst() : Optional.empty();
    }

    /** The decision as ordered maps and lists: a row of {@code devolve.duties/1}. */
    public Map<String, Object> toDocument() {
        Map<String, Object> d = new LinkedHashMap<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        duty.facts().forEach((k, v) -> facts.put(k.substring("duty.".length()), v));
        d.put("duty", facts);
        d.put("list", list);
        d.put("error", error().map(Diagnostic::toDocument));
        d.put("lead", lead);
        d.put("reasons", reasons);
        d.put("citations", citations);
        d.put("missing", missing);
        d.put("rulesFired", rulesFired);
        d.put("delegation", delegation.map(DutyDecision::delegationDocument));
        d.put("explanation", explanation.toDocument());
        d.put("diagnostics", Decision.diagnosticsDocument(diagnostics));
        return d;
    }

    private static Map<String, Object> delegationDocument(DelegationLink l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matter", l.matter());
        m.put("outcome", l.outcome());
        m.put("decidingRules", l.decidingRules());
        m.put("reason", Explanation.text(l.reasonZh(), l.reasonEn()));
        m.put("missing", l.missing());
        return m;
    }
}

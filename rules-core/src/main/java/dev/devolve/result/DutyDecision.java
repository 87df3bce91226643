package dev.devolve.result;

import dev.devolve.error.Diagnostic;
import dev.devolve.model.DutyItem;
import dev.devolve.model.DutyList;

import java.util.List;
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
}

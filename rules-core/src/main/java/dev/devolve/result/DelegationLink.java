package dev.devolve.result;

import dev.devolve.model.Outcome;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The delegation decision a duty consulted: the power it exercises (a catalog matter), decided for the
 * same township and date by the same engine.
 *
 * @param matter        the matter's code
 * @param outcome       the delegation outcome
 * @param decidingRules the rules that decided it
 * @param reasonZh      its deciding reason in Chinese
 * @param reasonEn      its deciding reason in English
 * @param missing       the facts it is missing (INSUFFICIENT_FACTS)
 */
public record DelegationLink(String matter, Outcome outcome, List<String> decidingRules, String reasonZh, String reasonEn,
                             List<String> missing) {

    public DelegationLink {
        decidingRules = List.copyOf(decidingRules);
        missing = List.copyOf(missing);
    }

    /**
     * The link as seen from a delegation decision: its summary is the reason, or, for a decision
     * without rendered sentences, its outcome and deciding rules.
     */
    public static DelegationLink of(Decision d, boolean rendered) {
        Set<String> deciding = new LinkedHashSet<>();
        for (RuleContribution c : d.explanation().rules()) {
            if (c.decisive()) {
                deciding.add(c.ruleId());
            }
        }
        List<String> rules = List.copyOf(deciding);
        String brief = d.outcome() + (rules.isEmpty() ? "" : " (" + String.join(", ", rules) + ")");
        return new DelegationLink(d.matter().getCode(), d.outcome(), rules, rendered ? d.explanation().summaryZh() : brief,
                rendered ? d.explanation().summaryEn() : brief, d.missing());
    }
}

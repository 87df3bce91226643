package dev.devolve.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a result came out as it did: every rule that contributed (not only the winner, so "why not"
 * is always answered), a summary sentence in Chinese and English, and, for any outcome other than
 * DELEGATE, what would have to change.
 *
 * @param rules    contributing rules, in the order they fired
 * @param toChange what would have to change for the matter to be delegated; empty for DELEGATE
 * @param summaryZh one sentence in Chinese
 * @param summaryEn one sentence in English
 */
public record Explanation(List<RuleContribution> rules, List<Change> toChange, String summaryZh, String summaryEn) {

    public Explanation {
        rules = List.copyOf(rules);
        toChange = List.copyOf(toChange);
    }

    /** The contributions that determined the result. */
    public List<RuleContribution> decisive() {
        return rules.stream().filter(RuleContribution::decisive).toList();
    }
}

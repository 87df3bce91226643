package dev.devolve.result;

import dev.devolve.location.SourceLocation;
import java.util.List;

/**
 * One rule that fired for a decision: what it is, what it found, what it read and why.
 *
 * @param ruleId    the rule's stable id
 * @param labelZh   its label in Chinese
 * @param labelEn   its label in English
 * @param citations what it rests on, with placeholders filled in
 * @param effects   what it found: {@code outcome RETAIN}, {@code missing township.legalReviewers},
 *                  {@code mode HANDOVER}, {@code obligation PUBLICATION}
 * @param decisive  whether it determined the outcome (its finding is the one that won)
 * @param facts     the facts and parameters it read, with their values
 * @param textZh    its sentence in Chinese
 * @param textEn    its sentence in English
 * @param location  {@code pack/path:line} of the rule
 */
public record RuleContribution(String ruleId, String labelZh, String labelEn, List<String> citations,
                               List<String> effects, boolean decisive, List<FactValue> facts, String textZh,
                               String textEn, SourceLocation location) {

    public RuleContribution {
        citations = List.copyOf(citations);
        effects = List.copyOf(effects);
        facts = List.copyOf(facts);
    }
}

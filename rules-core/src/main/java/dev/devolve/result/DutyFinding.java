package dev.devolve.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Something a duty or admission decision found besides its outcome: {@code UNFUNDED_DUTY} (a proposed
 * duty's cost above its funding, with the exact shortfall) or {@code LIST_DEVIATES} (a published list
 * that places a duty on another list than the tests give).
 *
 * @param kind      {@code UNFUNDED_DUTY} or {@code LIST_DEVIATES}
 * @param amount    the amount in yuan a year, for UNFUNDED_DUTY
 * @param ruleId    the rule that found it, or empty for a comparison with a published list
 * @param citations what it rests on
 * @param textZh    its sentence in Chinese
 * @param textEn    its sentence in English
 */
public record DutyFinding(String kind, Optional<BigDecimal> amount, Optional<String> ruleId, List<String> citations,
                          String textZh, String textEn) {

    /** The kind of a proposed duty's cost not covered by its funding. */
    public static final String UNFUNDED_DUTY = "UNFUNDED_DUTY";
    /** The kind of a published list row that differs from the tests. */
    public static final String LIST_DEVIATES = "LIST_DEVIATES";

    public DutyFinding {
        citations = List.copyOf(citations);
    }
}

package dev.devolve.result;

import dev.devolve.model.UnfundedMandate;

import java.math.BigDecimal;
import java.util.List;

/**
 * An {@code UNFUNDED_MANDATE} finding: a duty a county placed on the township without the transfer
 * or the delegation basis for it.
 *
 * @param matterCode  the catalog matter the duty is for
 * @param kind        no transfer, a short transfer, or no delegation basis
 * @param required    what the county should transfer (the whole duty when there is no basis)
 * @param transferred what it declared it transfers
 * @param amount      the unfunded part, yuan a year
 * @param ruleId      the rule that found it
 * @param citations   what the finding rests on
 * @param textZh      the finding in Chinese
 * @param textEn      the finding in English
 */
public record Mandate(String matterCode, UnfundedMandate.Kind kind, BigDecimal required, BigDecimal transferred,
                      BigDecimal amount, String ruleId, List<String> citations, String textZh, String textEn) {

    /** The finding's code in every output. */
    public static final String CODE = "UNFUNDED_MANDATE";

    public Mandate {
        citations = List.copyOf(citations);
    }
}

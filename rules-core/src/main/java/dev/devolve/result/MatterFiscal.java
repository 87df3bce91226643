package dev.devolve.result;

import dev.devolve.model.MatterCost;

import java.math.BigDecimal;

/**
 * Money following a delegated or eligible matter (钱随事转), in yuan a year.
 *
 * @param annualCost     {@code annualCases × unitCost}
 * @param townshipShare  the share the township bears ({@code fiscal.township_share})
 * @param townshipPart   the township's part, rounded half-even to the fen
 * @param countyTransfer what the delegating county department transfers: the cost less the township's part
 * @param payer          who pays: a department transfer, or the county treasury directly under 乡财县管
 */
public record MatterFiscal(BigDecimal annualCost, BigDecimal townshipShare, BigDecimal townshipPart,
                           BigDecimal countyTransfer, MatterCost.Payer payer) {
}

package dev.devolve.scenario;

import dev.devolve.model.Level;
import dev.devolve.model.MatterCost;
import dev.devolve.model.Mode;
import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.UnfundedMandate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a scenario expects. Every field is optional; only the fields given are checked.
 *
 * @param outcome       the outcome
 * @param mode          the mode; {@code Optional.of(Optional.empty())} when the file says {@code mode: null}
 * @param citations     citations that must each appear
 * @param obligations   obligations that must each appear
 * @param missing       the exact set of missing fact paths
 * @param rulesFired    rule ids that must have fired
 * @param rulesNotFired rule ids that must not have fired
 * @param diagnostics   diagnostic codes that must each appear
 * @param error         the code of the error the request must be refused with
 * @param fiscal        money following a matter ({@code annualCost}, {@code townshipPart}, {@code countyTransfer}, {@code payer})
 * @param mandates      the exact list of unfunded mandates, by kind and amount
 * @param split         a shared-service split's shares, amounts, tier and factor flag
 * @param duties        a duty's list and lead, a proposal's admission, wouldBe and findings
 */
public record Expectation(Optional<Outcome> outcome, Optional<Optional<Mode>> mode, Optional<List<String>> citations,
                          Optional<Set<Obligation>> obligations, Optional<Set<String>> missing,
                          Optional<List<String>> rulesFired, Optional<List<String>> rulesNotFired,
                          Optional<List<String>> diagnostics, Optional<String> error, Optional<MatterMoney> fiscal,
                          Optional<List<MandateExpectation>> mandates, Optional<SplitExpectation> split,
                          DutyExpectation duties) {

    /** Expected money of a matter; absent fields are not checked. */
    public record MatterMoney(Optional<BigDecimal> annualCost, Optional<BigDecimal> townshipPart,
                              Optional<BigDecimal> countyTransfer, Optional<MatterCost.Payer> payer, boolean none) {
    }

    /** One expected unfunded mandate. */
    public record MandateExpectation(UnfundedMandate.Kind kind, BigDecimal amount) {
    }

    /** Expected split of a shared service; levels given are checked. */
    public record SplitExpectation(Map<Level, BigDecimal> shares, Map<Level, BigDecimal> amounts, Optional<Integer> tier,
                                   Optional<Boolean> factorFormula) {
    }
}

package dev.devolve.scenario;

import dev.devolve.model.MatterCost;
import dev.devolve.model.Mode;
import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.UnfundedMandate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a delegation decision must show; only what is given is checked.
 *
 * @param outcome     the outcome
 * @param mode        the mode, or that there is none
 * @param citations   citations that must each appear
 * @param obligations obligations that must each appear
 * @param missing     the exact set of missing fact paths
 * @param fiscal      money following the matter, or that none does
 * @param mandates    the exact list of unfunded mandates, by kind and amount
 */
public record DecisionExpectation(Optional<Outcome> outcome, Optional<ModeExpectation> mode, List<String> citations,
                                  Set<Obligation> obligations, Optional<Set<String>> missing,
                                  Optional<FiscalExpectation> fiscal, Optional<List<MandateExpectation>> mandates) {

    public DecisionExpectation {
        citations = List.copyOf(citations);
        obligations = Collections.unmodifiableSet(obligations);
        mandates = mandates.map(List::copyOf);
    }

    /** The mode expected: {@code mode: null} for none, or a mode. */
    public sealed interface ModeExpectation permits NoMode, ExactMode {
        /** The mode's name, or {@code none}, as a mismatch shows it. */
        String word();
    }

    /** {@code mode: null}: the decision has no mode. */
    public record NoMode() implements ModeExpectation {
        @Override
        public String word() {
            return "none";
        }
    }

    /** {@code mode: X}. */
    public record ExactMode(Mode mode) implements ModeExpectation {
        @Override
        public String word() {
            return mode.name();
        }
    }

    /** The money expected: {@code fiscal: null} for none, or amounts. */
    public sealed interface FiscalExpectation permits NoMoney, Money {
    }

    /** {@code fiscal: null}: no money follows the matter. */
    public record NoMoney() implements FiscalExpectation {
    }

    /** Money following the matter; absent fields are not checked. */
    public record Money(Optional<BigDecimal> annualCost, Optional<BigDecimal> townshipPart,
                        Optional<BigDecimal> countyTransfer, Optional<MatterCost.Payer> payer) implements FiscalExpectation {
    }

    /** One expected unfunded mandate. */
    public record MandateExpectation(UnfundedMandate.Kind kind, BigDecimal amount) {
    }
}

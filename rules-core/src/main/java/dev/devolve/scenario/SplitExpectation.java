package dev.devolve.scenario;

import dev.devolve.model.Level;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * What a shared-service split must show; the levels and fields given are checked.
 *
 * @param shares        each level's share
 * @param amounts       each level's amount
 * @param tier          the province's tier
 * @param factorFormula whether the factor formula applied
 */
public record SplitExpectation(Map<Level, BigDecimal> shares, Map<Level, BigDecimal> amounts, Optional<Integer> tier,
                               Optional<Boolean> factorFormula) {

    public SplitExpectation {
        shares = Collections.unmodifiableMap(shares);
        amounts = Collections.unmodifiableMap(amounts);
    }
}

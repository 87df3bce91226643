package dev.devolve.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A finding refuses a decimal whose plain form would be huge, and says so without writing it out. */
class DecimalsTest {

    /** 0.9 × 10⁻⁷⁰⁰⁰⁰⁰⁰⁰⁰: 34 digits at most, but 700 million after the point. */
    private static final BigDecimal TINY = new BigDecimal("9E-700000000");
    private static final Matter MATTER = Matter.builder().code("A").annualCases(BigDecimal.TEN).unitCost(BigDecimal.TEN).build();

    @Test
    void aFindingRefusesAScaleBeyondTheBoundQuickly() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> new CentralShare(TINY, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a central share has 700000000 digits after the point, at most 64: 9E-700000000");
        assertThatThrownBy(() -> new MatterCost(MATTER, TINY, false)).hasMessageStartingWith("a township's share of a matter's cost has 700000000");
        assertThatThrownBy(() -> new Duty("A", TINY)).hasMessageStartingWith("a duty's amount has 700000000");
        assertThatThrownBy(() -> ServiceShares.split(SharedService.of(ServiceCategory.PUBLIC_HEALTH, BigDecimal.TEN), new BigDecimal("0.5"),
                Map.of("township", TINY))).hasMessageStartingWith("the township share of a split has 700000000");
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(1_000_000_000L);
    }

    @Test
    void aFindingRefusesAMagnitudeBeyondTheBound() {
        assertThatThrownBy(() -> new Duty("A", new BigDecimal("1E+999999999")))
                .hasMessage("a duty's amount has more than 18 digits before the point: 1E+999999999");
        assertThatThrownBy(() -> new CentralShare(new BigDecimal("-1E+999999999"), false))
                .hasMessage("a central share has more than 18 digits before the point: -1E+999999999");
    }

    @Test
    void valuesWithinTheBoundsAreKeptExactly() {
        BigDecimal third = new BigDecimal("0." + "3".repeat(64));
        assertThat(new CentralShare(third, false).getShare()).isSameAs(third);
        assertThat(new Duty("A", new BigDecimal("999999999999999999.99")).getAmount()).isEqualByComparingTo("999999999999999999.99");
        assertThatThrownBy(() -> new CentralShare(new BigDecimal("1.5"), false)).hasMessage("a central share is between 0 and 1: 1.5");
    }
}

package dev.devolve.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a township used one delegated power over a period (赋权事项评估): the decisions it made, how
 * many of them were overturned on administrative review or in court, and when the power was last
 * evaluated. Rules compare the derived rates with parameters exactly: {@link #casesPerYearBelow}
 * and {@link #reversalRateAbove} cross-multiply instead of dividing, so no rounding decides a case.
 *
 * <pre>{@code
 * Usage u = Usage.builder().from(LocalDate.of(2023, 1, 1)).to(LocalDate.of(2024, 12, 31)).cases(3).reversals(1).build();
 * }</pre>
 */
public final class Usage implements DerivedFacts {

    /** Days in a year, as the review counts them (cases per year = cases × 365 / days). */
    public static final BigDecimal YEAR_DAYS = BigDecimal.valueOf(365);
    /** The most cases or reversals a row may have: far above any township's real count, and small enough that products stay exact. */
    public static final long MAX_CASES = 1_000_000_000L;
    /** The decimal places a rate is shown with. */
    private static final int SHOWN_SCALE = 4;

    private final LocalDate from;
    private final LocalDate to;
    private final long cases;
    private final long reversals;
    private final LocalDate lastEvaluated;

    private Usage(Builder b) {
        this.from = Objects.requireNonNull(b.from, "usage.from");
        this.to = Objects.requireNonNull(b.to, "usage.to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("usage.to " + to + " is before usage.from " + from);
        }
        this.cases = bounded("usage.cases", Objects.requireNonNull(b.cases, "usage.cases"));
        this.reversals = bounded("usage.reversals", b.reversals);
        if (reversals > cases) {
            throw new IllegalArgumentException("usage.reversals " + reversals + " is more than usage.cases " + cases);
        }
        this.lastEvaluated = b.lastEvaluated;
    }

    private static long bounded(String what, long v) {
        if (v < 0 || v > MAX_CASES) {
            throw new IllegalArgumentException(what + " must be a whole number from 0 to " + MAX_CASES + ", got " + v);
        }
        return v;
    }

    public static Builder builder() {
        return new Builder();
    }

    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public long getCases() { return cases; }
    public long getReversals() { return reversals; }
    public LocalDate getLastEvaluated() { return lastEvaluated; }

    /** The days of the period, both ends included. */
    public long getDays() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whether the period is at least {@code years} × 365 days long. */
    public boolean coversYears(BigDecimal years) {
        return BigDecimal.valueOf(getDays()).compareTo(YEAR_DAYS.multiply(Decimals.bounded("a period in years", years))) >= 0;
    }

    /** Whether cases × 365 / days is below {@code perYear}, compared exactly: cases × 365 < perYear × days. */
    public boolean casesPerYearBelow(BigDecimal perYear) {
        BigDecimal bound = Decimals.bounded("a number of cases per year", perYear).multiply(BigDecimal.valueOf(getDays()));
        return BigDecimal.valueOf(cases).multiply(YEAR_DAYS).compareTo(bound) < 0;
    }

    /** Whether reversals / cases is above {@code rate}, compared exactly: reversals > rate × cases; never when there are no cases. */
    public boolean reversalRateAbove(BigDecimal rate) {
        return cases > 0 && BigDecimal.valueOf(reversals).compareTo(Decimals.bounded("a reversal rate", rate)
                .multiply(BigDecimal.valueOf(cases))) > 0;
    }

    /** Whether the power was never evaluated, or last before {@code asOf} less {@code intervalYears} years. */
    public boolean evaluationOverdue(LocalDate asOf, int intervalYears) {
        return lastEvaluated == null || lastEvaluated.isBefore(asOf.minusYears(intervalYears));
    }

    /** Cases per year, to 4 decimal places (half-even), for showing; rules compare with {@link #casesPerYearBelow}. */
    public BigDecimal getCasesPerYear() {
        return BigDecimal.valueOf(cases).multiply(YEAR_DAYS).divide(BigDecimal.valueOf(getDays()), SHOWN_SCALE, RoundingMode.HALF_EVEN);
    }

    /** Reversals / cases to 4 decimal places (half-even), for showing; empty without cases. */
    public Optional<BigDecimal> getReversalRate() {
        return cases == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(reversals).divide(BigDecimal.valueOf(cases), MathContext.DECIMAL64)
                .setScale(SHOWN_SCALE, RoundingMode.HALF_EVEN));
    }

    /** Whether the two periods share a day. */
    public boolean overlaps(Usage other) {
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("usage.from", from);
        m.put("usage.to", to);
        m.put("usage.days", getDays());
        m.put("usage.cases", cases);
        m.put("usage.reversals", reversals);
        m.put("usage.casesPerYear", getCasesPerYear());
        m.put("usage.reversalRate", getReversalRate().orElse(null));
        m.put("usage.lastEvaluated", lastEvaluated);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Usage u && from.equals(u.from) && to.equals(u.to) && cases == u.cases && reversals == u.reversals
                && Objects.equals(lastEvaluated, u.lastEvaluated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, cases, reversals, lastEvaluated);
    }

    @Override
    public String toString() {
        return from + ".." + to + " cases " + cases + " reversals " + reversals + (lastEvaluated == null ? "" : " evaluated " + lastEvaluated);
    }

    /** Builds a usage; {@code from}, {@code to} and {@code cases} are required, reversals default to 0. */
    public static final class Builder {
        private LocalDate from;
        private LocalDate to;
        private Long cases;
        private long reversals;
        private LocalDate lastEvaluated;

        private Builder() {
        }

        public Builder from(LocalDate v) { this.from = v; return this; }
        public Builder to(LocalDate v) { this.to = v; return this; }
        public Builder cases(long v) { this.cases = v; return this; }
        public Builder reversals(long v) { this.reversals = v; return this; }
        public Builder lastEvaluated(LocalDate v) { this.lastEvaluated = v; return this; }

        /** @throws IllegalArgumentException naming the field for a reversed period, a count out of range or more reversals than cases */
        public Usage build() {
            return new Usage(this);
        }
    }
}

package dev.devolve.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A proposal that townships take on a duty (职责准入): who proposes it, in which role, at what cost
 * and with what funding (yuan per township per year), and whether the county party committee and
 * government have admitted it ({@link ProposalFacts}).
 *
 * <pre>{@code
 * Proposal p = Proposal.builder().duty(duty).proposer("县水利局").townshipRole(TownshipRole.SUPPORT)
 *         .annualCost(new BigDecimal("50000")).funding(BigDecimal.ZERO).build();
 * }</pre>
 */
public final class Proposal {

    private final DutyItem duty;
    private final FactValues values;

    private Proposal(Builder b) {
        this.duty = Objects.requireNonNull(b.duty, "a proposal needs a duty");
        this.values = b.values.copy();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this proposal's facts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder().duty(duty);
        b.values = values.copy();
        return b;
    }

    public DutyItem getDuty() { return duty; }
    public String getProposer() { return get(ProposalFacts.PROPOSER); }
    public boolean isByTemporaryBody() { return get(ProposalFacts.BY_TEMPORARY_BODY); }
    public TownshipRole getTownshipRole() { return get(ProposalFacts.TOWNSHIP_ROLE); }
    public BigDecimal getAnnualCost() { return get(ProposalFacts.ANNUAL_COST); }
    public BigDecimal getFunding() { return get(ProposalFacts.FUNDING); }
    public Integer getStaff() { return get(ProposalFacts.STAFF); }
    public LocalDate getApprovedOn() { return get(ProposalFacts.APPROVED_ON); }
    public String getApprovedBy() { return get(ProposalFacts.APPROVED_BY); }

    /** The value of one of its facts ({@link ProposalFacts}); {@code null} when not known. */
    public <V> V get(FactField<V> fact) {
        return values.get(fact);
    }

    /** The cost not covered by the funding, in yuan a year; zero when funded or no cost is given. */
    public BigDecimal getShortfall() {
        BigDecimal cost = getAnnualCost();
        if (cost == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal gap = cost.subtract(getFunding() == null ? BigDecimal.ZERO : getFunding());
        return gap.signum() > 0 ? gap : BigDecimal.ZERO;
    }

    /** Every fact by its path ({@code proposal.proposer} …), and the shortfall; unknown facts map to {@code null}. */
    public Map<String, Object> facts() {
        Map<String, Object> m = values.byPath();
        m.put("proposal.shortfall", getShortfall());
        return m;
    }

    @Override
    public String toString() {
        return "Proposal" + facts() + " of " + duty.getCode();
    }

    /** Builds a {@link Proposal}; amounts must be zero or more. */
    public static final class Builder {
        private DutyItem duty;
        private FactValues values = new FactValues(ProposalFacts.TABLE);

        private Builder() {
        }

        public Builder duty(DutyItem v) { this.duty = v; return this; }
        public Builder proposer(String v) { return set(ProposalFacts.PROPOSER, v); }
        public Builder byTemporaryBody(boolean v) { return set(ProposalFacts.BY_TEMPORARY_BODY, v); }
        public Builder townshipRole(TownshipRole v) { return set(ProposalFacts.TOWNSHIP_ROLE, v); }
        public Builder annualCost(BigDecimal v) { return set(ProposalFacts.ANNUAL_COST, v); }
        public Builder funding(BigDecimal v) { return set(ProposalFacts.FUNDING, v); }
        public Builder staff(Integer v) { return set(ProposalFacts.STAFF, v); }
        public Builder approvedOn(LocalDate v) { return set(ProposalFacts.APPROVED_ON, v); }
        public Builder approvedBy(String v) { return set(ProposalFacts.APPROVED_BY, v); }

        /**
         * Sets one of its facts ({@link ProposalFacts}); {@code null} for "not known".
         *
         * @throws IllegalArgumentException when the value is not one the fact takes (a negative amount …)
         */
        public <V> Builder set(FactField<V> fact, V value) {
            values.setBounded(fact, value);
            return this;
        }

        public Proposal build() {
            return new Proposal(this);
        }
    }
}

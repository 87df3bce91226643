package dev.devolve.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A proposal that townships take on a duty (职责准入): who proposes it, in which role, at what cost
 * and with what funding (yuan per township per year), and whether the county party committee and
 * government have admitted it.
 *
 * <pre>{@code
 * Proposal p = Proposal.builder().duty(duty).proposer("县水利局").townshipRole(TownshipRole.SUPPORT)
 *         .annualCost(new BigDecimal("50000")).funding(BigDecimal.ZERO).build();
 * }</pre>
 */
public final class Proposal {

    private final DutyItem duty;
    private final String proposer;
    private final boolean byTemporaryBody;
    private final TownshipRole townshipRole;
    private final BigDecimal annualCost;
    private final BigDecimal funding;
    private final Integer staff;
    private final LocalDate approvedOn;
    private final String approvedBy;

    private Proposal(Builder b) {
        this.duty = Objects.requireNonNull(b.duty, "a proposal needs a duty");
        this.proposer = b.proposer;
        this.byTemporaryBody = b.byTemporaryBody;
        this.townshipRole = b.townshipRole;
        this.annualCost = b.annualCost;
        this.funding = b.funding;
        this.staff = b.staff;
        this.approvedOn = b.approvedOn;
        this.approvedBy = b.approvedBy;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this proposal's facts, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().duty(duty).proposer(proposer).byTemporaryBody(byTemporaryBody).townshipRole(townshipRole)
                .annualCost(annualCost).funding(funding).staff(staff).approvedOn(approvedOn).approvedBy(approvedBy);
    }

    public DutyItem getDuty() { return duty; }
    public String getProposer() { return proposer; }
    public boolean isByTemporaryBody() { return byTemporaryBody; }
    public TownshipRole getTownshipRole() { return townshipRole; }
    public BigDecimal getAnnualCost() { return annualCost; }
    public BigDecimal getFunding() { return funding; }
    public Integer getStaff() { return staff; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public String getApprovedBy() { return approvedBy; }

    /** The cost not covered by the funding, in yuan a year; zero when funded or either figure is not given. */
    public BigDecimal getShortfall() {
        if (annualCost == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal gap = annualCost.subtract(funding == null ? BigDecimal.ZERO : funding);
        return gap.signum() > 0 ? gap : BigDecimal.ZERO;
    }

    /** Every fact by its path ({@code proposal.proposer} …); unknown facts map to {@code null}. */
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("proposal.proposer", proposer);
        m.put("proposal.byTemporaryBody", byTemporaryBody);
        m.put("proposal.townshipRole", townshipRole);
        m.put("proposal.annualCost", annualCost);
        m.put("proposal.funding", funding);
        m.put("proposal.shortfall", getShortfall());
        m.put("proposal.staff", staff);
        m.put("proposal.approvedOn", approvedOn);
        m.put("proposal.approvedBy", approvedBy);
        return m;
    }

    @Override
    public String toString() {
        return "Proposal" + facts() + " of " + duty.getCode();
    }

    /** Builds a {@link Proposal}; amounts must be zero or more. */
    public static final class Builder {
        private DutyItem duty;
        private String proposer;
        private boolean byTemporaryBody;
        private TownshipRole townshipRole;
        private BigDecimal annualCost;
        private BigDecimal funding;
        private Integer staff;
        private LocalDate approvedOn;
        private String approvedBy;

        private Builder() {
        }

        public Builder duty(DutyItem v) { this.duty = v; return this; }
        public Builder proposer(String v) { this.proposer = Problem.bounded("proposer", v); return this; }
        public Builder byTemporaryBody(boolean v) { this.byTemporaryBody = v; return this; }
        public Builder townshipRole(TownshipRole v) { this.townshipRole = v; return this; }
        public Builder annualCost(BigDecimal v) { this.annualCost = yuan("proposal.annualCost", v); return this; }
        public Builder funding(BigDecimal v) { this.funding = yuan("proposal.funding", v); return this; }
        public Builder approvedOn(LocalDate v) { this.approvedOn = v; return this; }
        public Builder approvedBy(String v) { this.approvedBy = Problem.bounded("approvedBy", v); return this; }

        public Builder staff(Integer v) {
            if (v != null && v < 0) {
                throw new IllegalArgumentException("proposal.staff must not be negative: " + v);
            }
            this.staff = v;
            return this;
        }

        public Proposal build() {
            return new Proposal(this);
        }

        private static BigDecimal yuan(String what, BigDecimal v) {
            if (v != null && v.signum() < 0) {
                throw new IllegalArgumentException(what + " must not be negative: " + Decimals.describe(v));
            }
            return Decimals.bounded(what, v);
        }
    }
}

package dev.devolve.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A proposed duty whose annual cost exceeds its funding (费随事转 not met); the amount is the exact
 * shortfall in yuan per township per year.
 */
public final class UnfundedDuty implements DerivedFacts {

    private final String dutyCode;
    private final BigDecimal amount;

    public UnfundedDuty(Proposal proposal) {
        this.dutyCode = proposal.getDuty().getCode();
        this.amount = proposal.getShortfall();
    }

    public String getDutyCode() { return dutyCode; }
    public BigDecimal getAmount() { return amount; }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unfunded.amount", amount);
        return m;
    }

    @Override
    public String toString() {
        return dutyCode + ":UNFUNDED_DUTY " + amount.toPlainString();
    }
}

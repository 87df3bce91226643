package dev.devolve.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A duty a county places on a township for a catalog matter, with its annual cost in yuan. */
public final class Duty implements DerivedFacts {

    private final String matterCode;
    private final BigDecimal amount;

    public Duty(String matterCode, BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("a duty's amount must be zero or more yuan: " + (amount == null ? "missing" : amount.toPlainString()));
        }
        this.matterCode = matterCode;
        this.amount = amount;
    }

    public String getMatterCode() { return matterCode; }
    public BigDecimal getAmount() { return amount; }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("duty.amount", amount);
        return m;
    }
}

package dev.devolve.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A transfer a county makes to a township for a catalog matter, in yuan a year. */
public final class Transfer implements DerivedFacts {

    private final String matterCode;
    private final BigDecimal amount;

    public Transfer(String matterCode, BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("a transfer's amount must be zero or more yuan: " + (amount == null ? "missing" : amount.toPlainString()));
        }
        this.matterCode = matterCode;
        this.amount = amount;
    }

    public String getMatterCode() { return matterCode; }
    public BigDecimal getAmount() { return amount; }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("transfer.amount", amount);
        return m;
    }
}

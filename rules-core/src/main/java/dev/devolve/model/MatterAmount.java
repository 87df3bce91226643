package dev.devolve.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** An amount in yuan a year that a county declares for a catalog matter: a duty's cost, or a transfer. */
public abstract class MatterAmount implements DerivedFacts {

    private final String what;
    private final String matterCode;
    private final BigDecimal amount;

    protected MatterAmount(String what, String matterCode, BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("a " + what + "'s amount must be zero or more yuan: "
                    + (amount == null ? "missing" : Decimals.describe(amount)));
        }
        Decimals.bounded("a " + what + "'s amount", amount);
        this.what = what;
        this.matterCode = matterCode;
        this.amount = amount;
    }

    public String getMatterCode() { return matterCode; }
    public BigDecimal getAmount() { return amount; }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(what + ".amount", amount);
        return m;
    }
}

package dev.devolve.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A rule's finding of the central government's share of a shared service. */
public final class CentralShare implements DerivedFacts {

    private final BigDecimal share;
    private final boolean factorFormula;

    public CentralShare(BigDecimal share, boolean factorFormula) {
        Decimals.bounded("a central share", share);
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a central share is between 0 and 1: " + Decimals.describe(share));
        }
        this.share = share;
        this.factorFormula = factorFormula;
    }

    public BigDecimal getShare() { return share; }

    /** The central transfer follows a factor formula and is not part of this split. */
    public boolean isFactorFormula() { return factorFormula; }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("split.centralShare", share);
        return m;
    }
}

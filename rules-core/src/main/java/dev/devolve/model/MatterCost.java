package dev.devolve.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Money follows the matter (钱随事转): a delegated or eligible matter's annual cost, the part the
 * township bears, and what the delegating county department transfers. Under county-managed
 * township finance (乡财县管) the county treasury pays directly and the transfer is booked.
 */
public final class MatterCost implements DerivedFacts {

    /** Who pays the county's part. */
    public enum Payer implements Term { COUNTY_DEPARTMENT_TRANSFER, COUNTY_TREASURY_BOOKED }

    private final String matterCode;
    private final BigDecimal annualCost;
    private final BigDecimal townshipShare;
    private final BigDecimal townshipPart;
    private final BigDecimal countyTransfer;
    private final Payer payer;

    public MatterCost(Matter matter, BigDecimal townshipShare, Boolean countyManagedFinance) {
        this.matterCode = matter.getCode();
        this.annualCost = matter.getAnnualCost();
        this.townshipShare = Decimals.bounded("a township's share of a matter's cost", townshipShare);
        this.townshipPart = annualCost.multiply(townshipShare).setScale(2, RoundingMode.HALF_EVEN);
        this.countyTransfer = annualCost.subtract(townshipPart);
        this.payer = Boolean.TRUE.equals(countyManagedFinance) ? Payer.COUNTY_TREASURY_BOOKED : Payer.COUNTY_DEPARTMENT_TRANSFER;
    }

    public String getMatterCode() { return matterCode; }
    public BigDecimal getAnnualCost() { return annualCost; }
    public BigDecimal getTownshipShare() { return townshipShare; }
    public BigDecimal getTownshipPart() { return townshipPart; }
    public BigDecimal getCountyTransfer() { return countyTransfer; }
    public Payer getPayer() { return payer; }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cost.annualCost", annualCost);
        m.put("cost.townshipPart", townshipPart);
        m.put("cost.countyTransfer", countyTransfer);
        m.put("cost.payer", payer);
        return m;
    }
}

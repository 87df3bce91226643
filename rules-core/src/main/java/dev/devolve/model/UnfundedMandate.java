package dev.devolve.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A duty placed on a township without the money or the legal basis for it (OPINIONS2017 §5: county
 * departments must not push their duties down). The amount is the unfunded part in yuan a year.
 */
public final class UnfundedMandate implements DerivedFacts {

    /** Why the duty is unfunded. */
    public enum Kind implements Term { NO_TRANSFER, SHORT_TRANSFER, NO_DELEGATION_BASIS }

    private final String matterCode;
    private final Kind kind;
    private final BigDecimal required;
    private final BigDecimal transferred;
    private final BigDecimal amount;

    private UnfundedMandate(String matterCode, Kind kind, BigDecimal required, BigDecimal transferred) {
        this.matterCode = matterCode;
        this.kind = kind;
        this.required = required;
        this.transferred = transferred;
        this.amount = required.subtract(transferred);
    }

    /** The county's part of a duty's cost, once the township's share is taken off. */
    public static BigDecimal requiredTransfer(Duty duty, BigDecimal townshipShare) {
        return duty.getAmount().subtract(duty.getAmount().multiply(Decimals.bounded("a township's share of a duty", townshipShare)).setScale(2, RoundingMode.HALF_EVEN));
    }

    public static UnfundedMandate noTransfer(Duty duty, BigDecimal townshipShare) {
        return new UnfundedMandate(duty.getMatterCode(), Kind.NO_TRANSFER, requiredTransfer(duty, townshipShare), BigDecimal.ZERO);
    }

    public static UnfundedMandate shortTransfer(Duty duty, BigDecimal townshipShare, Transfer transfer) {
        return new UnfundedMandate(duty.getMatterCode(), Kind.SHORT_TRANSFER, requiredTransfer(duty, townshipShare), transfer.getAmount());
    }

    /** The whole duty is unfunded: there is no basis for placing it on the township at all. */
    public static UnfundedMandate noBasis(Duty duty) {
        return new UnfundedMandate(duty.getMatterCode(), Kind.NO_DELEGATION_BASIS, duty.getAmount(), BigDecimal.ZERO);
    }

    public String getMatterCode() { return matterCode; }
    public Kind getKind() { return kind; }
    public BigDecimal getRequired() { return required; }
    public BigDecimal getTransferred() { return transferred; }
    public BigDecimal getAmount() { return amount; }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mandate.required", required);
        m.put("mandate.transferred", transferred);
        m.put("mandate.amount", amount);
        return m;
    }
}

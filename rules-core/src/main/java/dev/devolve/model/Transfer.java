package dev.devolve.model;

import java.math.BigDecimal;

/** A transfer a county makes to a township for a catalog matter, in yuan a year. */
public final class Transfer extends MatterAmount {

    public Transfer(String matterCode, BigDecimal amount) {
        super("transfer", matterCode, amount);
    }
}

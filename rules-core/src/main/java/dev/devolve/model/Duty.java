package dev.devolve.model;

import java.math.BigDecimal;

/** A duty a county places on a township for a catalog matter, with its annual cost in yuan. */
public final class Duty extends MatterAmount {

    public Duty(String matterCode, BigDecimal amount) {
        super("duty", matterCode, amount);
    }
}

package dev.devolve.model;

/**
 * What is decided for one (township, matter, date). The declaration order is the precedence:
 * when rules propose several outcomes, the one declared first wins ("most restrictive wins").
 * {@link #ERROR}, last, is no finding: it replaces whatever rules proposed when a decision was cut short.
 */
public enum Outcome implements Term {
    /** The law forbids handing this power to a township. */
    PROHIBITED,
    /** The township already holds this power by statute. */
    ALREADY_TOWNSHIP,
    /** The power stays with the county department. */
    RETAIN,
    /** A fact the decision needs is missing; the decision names each one. */
    INSUFFICIENT_FACTS,
    /** Suitable and the township can take it on, but no published provincial decision lists it yet. */
    ELIGIBLE,
    /** A published provincial decision lists it for this kind of township and every test passes. */
    DELEGATE,
    /**
     * Not decided: the session was cut short (a rule failed, a cap or the deadline was reached, a
     * rule inserted or changed an input fact). The decision's {@code error} diagnostic says why.
     * Only the engine gives this outcome; a rule's {@link OutcomeFinding} cannot propose it.
     */
    ERROR;

    /** Whether this outcome keeps the power away from the township. */
    public boolean isRestrictive() {
        return this == PROHIBITED || this == ALREADY_TOWNSHIP || this == RETAIN;
    }

    /** Whether this outcome sends (or could send) the power down. */
    public boolean isPositive() {
        return this == ELIGIBLE || this == DELEGATE;
    }
}

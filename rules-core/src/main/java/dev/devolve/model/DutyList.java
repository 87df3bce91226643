package dev.devolve.model;

/**
 * Which of a township's three lists a duty is on (履职事项清单), or that a fact the decision needs
 * is missing. Precedence is not the declaration order: a statutory BASIC beats RECALLED, which beats
 * INSUFFICIENT_FACTS, then SUPPORTING, then an ordinary BASIC.
 */
public enum DutyList implements Term {
    /** 基本履职事项: the township leads and answers in full. */
    BASIC,
    /** 配合履职事项: a county department leads, the township supports. */
    SUPPORTING,
    /** 上级部门收回事项: the county department holds it; no duty for the township. */
    RECALLED,
    /** A fact the decision needs is missing; the decision names each one. */
    INSUFFICIENT_FACTS,
    /**
     * Not decided: the session was cut short (a rule failed, a cap or the deadline was reached). Only
     * the engine gives it; the decision's error diagnostic says why.
     */
    ERROR;
}

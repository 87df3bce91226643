package dev.devolve.model;

/** The outcome of a proposal to give townships a duty (职责准入). */
public enum Admission implements Term {
    /** The duty is already on the township's lists in the proposed role: no admission needed. */
    WITHIN_LIST,
    /** Not in the catalog, and the county party committee and government admitted it. */
    ADMITTED,
    /** Not in the catalog and not yet admitted: it needs the county's approval and a list adjustment. */
    NEEDS_ADMISSION,
    /** The duty cannot be handed to the township this way. */
    REFUSED,
    /** A fact the duty decision needs is missing; the decision names each one. */
    INSUFFICIENT_FACTS,
    /** Not decided: the session was cut short. Only the engine gives it; the decision's error diagnostic says why. */
    ERROR;
}

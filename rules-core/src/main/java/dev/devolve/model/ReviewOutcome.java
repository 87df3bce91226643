package dev.devolve.model;

/**
 * What the review of one delegated power gives. The declaration order is the precedence: when rules
 * propose several outcomes, the one declared first wins. {@link #ERROR}, last, is no finding: it
 * replaces whatever rules proposed when the review (or the delegation decision it rests on) was cut short.
 */
public enum ReviewOutcome implements Term {
    /** The power goes back to the county department. */
    RECALL,
    /** A fact the review needs is missing; the review names each one. */
    INSUFFICIENT_FACTS,
    /** The township keeps the power, with capacity building and county supervision. */
    STRENGTHEN,
    /** The township keeps the power. */
    KEEP,
    /** Not reviewed: the session was cut short; the review's {@code error} diagnostic says why. */
    ERROR;
}

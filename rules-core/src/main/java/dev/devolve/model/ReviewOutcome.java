package dev.devolve.model;

/**
 * What the review of one delegated power gives. The declaration order is the precedence: when rules
 * propose several outcomes, the one declared first wins. {@link #ERROR}, last, is no finding: it
 * replaces whatever rules proposed when the review (or the delegation decision it rests on) was cut short.
 */
public enum ReviewOutcome {
    /** The power goes back to the county department. */
    RECALL("收回"),
    /** A fact the review needs is missing; the review names each one. */
    INSUFFICIENT_FACTS("事实不足"),
    /** The township keeps the power, with capacity building and county supervision. */
    STRENGTHEN("保留并加强"),
    /** The township keeps the power. */
    KEEP("保留"),
    /** Not reviewed: the session was cut short; the review's {@code error} diagnostic says why. */
    ERROR("评估中断");

    private final String zh;

    ReviewOutcome(String zh) {
        this.zh = zh;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
    }
}

package dev.devolve.model;

/** The outcome of a proposal to give townships a duty (职责准入). */
public enum Admission {
    /** The duty is already on the township's lists in the proposed role: no admission needed. */
    WITHIN_LIST("清单内事项"),
    /** Not in the catalog, and the county party committee and government admitted it. */
    ADMITTED("已准入"),
    /** Not in the catalog and not yet admitted: it needs the county's approval and a list adjustment. */
    NEEDS_ADMISSION("须履行准入程序"),
    /** The duty cannot be handed to the township this way. */
    REFUSED("不予准入"),
    /** A fact the duty decision needs is missing; the decision names each one. */
    INSUFFICIENT_FACTS("事实不足"),
    /** Not decided: the session was cut short. Only the engine gives it; the decision's error diagnostic says why. */
    ERROR("决定中断");

    private final String zh;

    Admission(String zh) {
        this.zh = zh;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
    }
}

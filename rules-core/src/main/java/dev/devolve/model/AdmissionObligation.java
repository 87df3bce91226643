package dev.devolve.model;

/** What must follow an admission decision. */
public enum AdmissionObligation {
    COUNTY_APPROVAL("县委县政府审定准入"),
    LIST_ADJUSTMENT("调整履职事项清单"),
    FUNDS_FOLLOW_DUTY("费随事转");

    private final String zh;

    AdmissionObligation(String zh) {
        this.zh = zh;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
    }
}

package dev.devolve.model;

/** What must follow an admission decision. */
public enum AdmissionObligation implements Term {
    COUNTY_APPROVAL,
    LIST_ADJUSTMENT,
    FUNDS_FOLLOW_DUTY;
}

package dev.devolve.model;

/** A duty that comes with a delegation. */
public enum Obligation implements Term {
    PUBLICATION,
    PERIODIC_EVALUATION,
    CAPACITY_BUILDING,
    SCOPE_AND_PROCEDURE,
    COUNTY_SUPERVISION,
    WRITTEN_ENTRUSTMENT,
    ACT_IN_DEPARTMENT_NAME,
    FUNDS_FOLLOW_MATTER;
}

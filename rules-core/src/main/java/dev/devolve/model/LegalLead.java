package dev.devolve.model;

/** Whom a law, regulation or party rule names as responsible for a duty (法定). */
public enum LegalLead implements Term {
    TOWNSHIP, COUNTY_DEPARTMENT, NONE
}

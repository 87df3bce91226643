package dev.devolve.model;

/** Where accountability for failing at a duty lies (追责问责). */
public enum Accountability implements Term {
    TOWNSHIP, COUNTY_OR_ABOVE
}

package dev.devolve.model;

/** The role a proposal gives the township in a new duty. */
public enum TownshipRole implements Term {
    LEAD, SUPPORT
}

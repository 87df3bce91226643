package dev.devolve.model;

/** How the central government's share of a shared service is set. */
public enum Sharing implements Term {
    /** The central share follows the province's tier. */
    TIERED,
    /** The central transfer is allocated by a factor formula; only the local part is split here. */
    FACTOR,
    /** No central share. */
    LOCAL
}

package dev.devolve.api;

/** How much of an explanation to build. */
public enum Detail {
    /** Every contributing rule with its sentences, the facts it read and what would have to change. */
    FULL,
    /**
     * The outcome, mode, obligations, citations, money and which rules fired and decided, without
     * the rendered sentences, effects, facts and changes: enough for a batch row, and much cheaper.
     */
    SUMMARY
}

package dev.devolve.model;

import java.util.Objects;

/** A review rule's finding that keeping the power comes with this obligation. */
public final class ReviewObligation {

    private final Obligation obligation;

    public ReviewObligation(Usage usage, Obligation obligation) {
        Objects.requireNonNull(usage, "usage");
        this.obligation = Objects.requireNonNull(obligation, "obligation");
    }

    public Obligation getObligation() { return obligation; }

    @Override
    public String toString() {
        return "obligation " + obligation;
    }
}

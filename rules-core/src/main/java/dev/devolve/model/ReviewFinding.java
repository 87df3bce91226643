package dev.devolve.model;

import java.util.Objects;

/** A review rule's finding that the reviewed power should have this outcome; the first in precedence wins. */
public final class ReviewFinding {

    private final ReviewOutcome outcome;

    /** @throws IllegalArgumentException for {@link ReviewOutcome#ERROR}, which only the engine gives */
    public ReviewFinding(Usage usage, ReviewOutcome outcome) {
        if (outcome == ReviewOutcome.ERROR) {
            throw new IllegalArgumentException("a rule cannot propose the review outcome ERROR; only the engine gives it");
        }
        Objects.requireNonNull(usage, "usage");
        this.outcome = outcome;
    }

    public ReviewOutcome getOutcome() { return outcome; }

    @Override
    public String toString() {
        return "review " + outcome;
    }
}

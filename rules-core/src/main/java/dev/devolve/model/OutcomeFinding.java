package dev.devolve.model;

/** A rule's finding that a matter should have this outcome; the most restrictive finding wins. */
public final class OutcomeFinding {

    private final String matterCode;
    private final Outcome outcome;

    /** @throws IllegalArgumentException for {@link Outcome#ERROR}, which only the engine gives */
    public OutcomeFinding(Matter matter, Outcome outcome) {
        if (outcome == Outcome.ERROR) {
            throw new IllegalArgumentException("a rule cannot propose the outcome ERROR; only the engine gives it, to a decision cut short");
        }
        this.matterCode = matter.getCode();
        this.outcome = outcome;
    }

    public String getMatterCode() { return matterCode; }
    public Outcome getOutcome() { return outcome; }

    /** Whether the finding keeps the matter away from the township. */
    public boolean isRestrictive() {
        return outcome.isRestrictive();
    }

    /** Whether the finding sends the matter down (DELEGATE or ELIGIBLE). */
    public boolean isPositive() {
        return outcome.isPositive();
    }

    @Override
    public String toString() {
        return matterCode + ":" + outcome;
    }
}

package dev.devolve.model;

import java.util.Objects;

/**
 * A review rule's finding about the reviewed power beside its outcome: the evaluation is overdue, or
 * the township does not hold the power at all (reviewing it is then a finding, not an error).
 */
public final class UsageFinding {

    /** What was found. */
    public enum Kind {
        /** Never evaluated, or last evaluated before the as-of date less {@code evaluation.interval_years}. */
        EVALUATION_OVERDUE,
        /** The delegation decision for the date is PROHIBITED, RETAIN or ELIGIBLE. */
        POWER_NOT_HELD
    }

    private final Kind kind;

    public UsageFinding(Usage usage, Kind kind) {
        Objects.requireNonNull(usage, "usage");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind getKind() { return kind; }

    @Override
    public String toString() {
        return kind.name();
    }
}

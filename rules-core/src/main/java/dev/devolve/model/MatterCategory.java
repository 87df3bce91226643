package dev.devolve.model;

/** The legal category of a matter (事项类别). */
public enum MatterCategory implements Term {
    PENALTY,
    LICENSING,
    INSPECTION,
    COERCIVE_MEASURE,
    CONFIRMATION,
    PUBLIC_SERVICE,
    OTHER;

    /** Penalty, inspection and coercive measures need an enforcement team to take on. */
    public boolean isEnforcement() {
        return this == PENALTY || this == INSPECTION || this == COERCIVE_MEASURE;
    }
}

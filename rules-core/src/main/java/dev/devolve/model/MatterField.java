package dev.devolve.model;

/** The administrative field a matter belongs to (领域). */
public enum MatterField implements Term {
    URBAN_MANAGEMENT,
    PLANNING_CONSTRUCTION,
    NATURAL_RESOURCES,
    AGRICULTURE,
    RURAL_ECONOMY,
    HOMESTEAD,
    WATER,
    ENVIRONMENT,
    WORK_SAFETY,
    FIRE_SAFETY,
    TRANSPORT,
    MARKET,
    HEALTH,
    CULTURE_TOURISM,
    CIVIL_AFFAIRS,
    SOCIAL_SECURITY,
    PUBLIC_SECURITY,
    EMERGENCY,
    OTHER;

    /** Rural fields that street offices, being urban, do not take on. */
    public boolean isRural() {
        return this == AGRICULTURE || this == RURAL_ECONOMY || this == HOMESTEAD;
    }
}

package dev.devolve.model;

/** The field a township duty belongs to (领域): the matter fields, and four fields of township work itself. */
public enum DutyField implements Term {
    URBAN_MANAGEMENT, PLANNING_CONSTRUCTION,
    NATURAL_RESOURCES, AGRICULTURE, RURAL_ECONOMY, HOMESTEAD,
    WATER, ENVIRONMENT, WORK_SAFETY,
    FIRE_SAFETY, TRANSPORT, MARKET,
    HEALTH, CULTURE_TOURISM, CIVIL_AFFAIRS,
    SOCIAL_SECURITY, PUBLIC_SECURITY, EMERGENCY,
    OTHER,
    PARTY_BUILDING,
    ECONOMIC_DEVELOPMENT,
    PUBLIC_SERVICE,
    SOCIAL_GOVERNANCE;
}

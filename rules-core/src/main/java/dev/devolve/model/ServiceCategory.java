package dev.devolve.model;

/**
 * A basic public service whose spending is shared between levels: the eight categories of
 * GUOBANFA2018-6 (shared central–local fiscal powers) and the five county-level fiscal powers of
 * GUOBANFA2022-20. Each has the sharing kind it takes when a request does not say.
 */
public enum ServiceCategory implements Term {
    COMPULSORY_EDUCATION(Sharing.TIERED),
    STUDENT_AID(Sharing.TIERED),
    EMPLOYMENT(Sharing.FACTOR),
    BASIC_PENSION(Sharing.TIERED),
    MEDICAL_SECURITY(Sharing.TIERED),
    PUBLIC_HEALTH(Sharing.TIERED),
    LIVING_ASSISTANCE(Sharing.FACTOR),
    HOUSING(Sharing.FACTOR),
    PUBLIC_SECURITY(Sharing.LOCAL),
    MUNICIPAL_TRANSPORT(Sharing.LOCAL),
    URBAN_RURAL_CONSTRUCTION(Sharing.LOCAL),
    RURAL_ROADS(Sharing.LOCAL),
    PUBLIC_FACILITIES(Sharing.LOCAL);

    private final Sharing defaultSharing;

    ServiceCategory(Sharing defaultSharing) {
        this.defaultSharing = defaultSharing;
    }

    /** How the category is shared when a request does not say. */
    public Sharing defaultSharing() {
        return defaultSharing;
    }

    /** One of the county-level fiscal powers of GUOBANFA2022-20. */
    public boolean isCountyPower() {
        return defaultSharing == Sharing.LOCAL;
    }
}

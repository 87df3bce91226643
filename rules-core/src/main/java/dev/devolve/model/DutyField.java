package dev.devolve.model;

/** The field a township duty belongs to (领域): the matter fields, and four fields of township work itself. */
public enum DutyField {
    URBAN_MANAGEMENT(MatterField.URBAN_MANAGEMENT), PLANNING_CONSTRUCTION(MatterField.PLANNING_CONSTRUCTION),
    NATURAL_RESOURCES(MatterField.NATURAL_RESOURCES), AGRICULTURE(MatterField.AGRICULTURE), RURAL_ECONOMY(MatterField.RURAL_ECONOMY), HOMESTEAD(MatterField.HOMESTEAD),
    WATER(MatterField.WATER), ENVIRONMENT(MatterField.ENVIRONMENT), WORK_SAFETY(MatterField.WORK_SAFETY),
    FIRE_SAFETY(MatterField.FIRE_SAFETY), TRANSPORT(MatterField.TRANSPORT), MARKET(MatterField.MARKET),
    HEALTH(MatterField.HEALTH), CULTURE_TOURISM(MatterField.CULTURE_TOURISM), CIVIL_AFFAIRS(MatterField.CIVIL_AFFAIRS),
    SOCIAL_SECURITY(MatterField.SOCIAL_SECURITY), PUBLIC_SECURITY(MatterField.PUBLIC_SECURITY), EMERGENCY(MatterField.EMERGENCY),
    OTHER(MatterField.OTHER),
    PARTY_BUILDING("党的建设"),
    ECONOMIC_DEVELOPMENT("经济发展"),
    PUBLIC_SERVICE("公共服务"),
    SOCIAL_GOVERNANCE("社会治理");

    private final String zh;

    DutyField(MatterField field) {
        this(field.zh());
    }

    DutyField(String zh) {
        this.zh = zh;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
    }
}

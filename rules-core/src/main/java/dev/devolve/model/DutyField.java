package dev.devolve.model;

/** The field a township duty belongs to (领域): the matter fields and four fields of township work itself. */
public enum DutyField {
    URBAN_MANAGEMENT("城市管理"),
    PLANNING_CONSTRUCTION("规划建设"),
    NATURAL_RESOURCES("自然资源"),
    AGRICULTURE("农业"),
    RURAL_ECONOMY("农村经营管理"),
    HOMESTEAD("宅基地"),
    WATER("水利"),
    ENVIRONMENT("生态环境"),
    WORK_SAFETY("安全生产"),
    FIRE_SAFETY("消防"),
    TRANSPORT("交通运输"),
    MARKET("市场监管"),
    HEALTH("卫生健康"),
    CULTURE_TOURISM("文化旅游"),
    CIVIL_AFFAIRS("民政"),
    SOCIAL_SECURITY("人力社保"),
    PUBLIC_SECURITY("公安"),
    EMERGENCY("应急管理"),
    OTHER("其他"),
    PARTY_BUILDING("党的建设"),
    ECONOMIC_DEVELOPMENT("经济发展"),
    PUBLIC_SERVICE("公共服务"),
    SOCIAL_GOVERNANCE("社会治理");

    private final String zh;

    DutyField(String zh) {
        this.zh = zh;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
    }
}

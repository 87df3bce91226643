package dev.devolve.model;

/** The administrative field a matter belongs to (领域). */
public enum MatterField {
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
    OTHER("其他");

    private final String zh;

    MatterField(String zh) {
        this.zh = zh;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
    }

    /** Rural fields that street offices, being urban, do not take on. */
    public boolean isRural() {
        return this == AGRICULTURE || this == RURAL_ECONOMY || this == HOMESTEAD;
    }
}

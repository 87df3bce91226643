package dev.devolve.model;

/**
 * A basic public service whose spending is shared between levels: the eight categories of
 * GUOBANFA2018-6 (shared central–local fiscal powers) and the five county-level fiscal powers of
 * GUOBANFA2022-20. Each has the sharing kind it takes when a request does not say.
 */
public enum ServiceCategory {
    COMPULSORY_EDUCATION("义务教育", Sharing.TIERED),
    STUDENT_AID("学生资助", Sharing.TIERED),
    EMPLOYMENT("基本就业服务", Sharing.FACTOR),
    BASIC_PENSION("基本养老保险", Sharing.TIERED),
    MEDICAL_SECURITY("基本医疗保障", Sharing.TIERED),
    PUBLIC_HEALTH("基本卫生计生", Sharing.TIERED),
    LIVING_ASSISTANCE("基本生活救助", Sharing.FACTOR),
    HOUSING("基本住房保障", Sharing.FACTOR),
    PUBLIC_SECURITY("社会治安", Sharing.LOCAL),
    MUNICIPAL_TRANSPORT("市政交通", Sharing.LOCAL),
    URBAN_RURAL_CONSTRUCTION("城乡建设", Sharing.LOCAL),
    RURAL_ROADS("农村公路", Sharing.LOCAL),
    PUBLIC_FACILITIES("公共设施管理", Sharing.LOCAL);

    private final String zh;
    private final Sharing defaultSharing;

    ServiceCategory(String zh, Sharing defaultSharing) {
        this.zh = zh;
        this.defaultSharing = defaultSharing;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
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

package dev.devolve.model;

/** Classified guidance (分类指导): classes a township may belong to. */
public enum TownshipClass {
    ECONOMICALLY_DEVELOPED_TOWN("经济发达镇"),
    COUNTY_SUBCENTRE("县域副中心"),
    CENTRAL_TOWN("中心镇"),
    URBANISED("城镇化地区"),
    REMOTE("偏远地区");

    private final String zh;

    TownshipClass(String zh) {
        this.zh = zh;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
    }
}

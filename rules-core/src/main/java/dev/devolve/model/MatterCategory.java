package dev.devolve.model;

/** The legal category of a matter (事项类别). */
public enum MatterCategory {
    PENALTY("行政处罚"),
    LICENSING("行政许可"),
    INSPECTION("行政检查"),
    COERCIVE_MEASURE("行政强制措施"),
    CONFIRMATION("行政确认"),
    PUBLIC_SERVICE("公共服务"),
    OTHER("其他");

    private final String zh;

    MatterCategory(String zh) {
        this.zh = zh;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
    }

    /** Penalty, inspection and coercive measures need an enforcement team to take on. */
    public boolean isEnforcement() {
        return this == PENALTY || this == INSPECTION || this == COERCIVE_MEASURE;
    }
}

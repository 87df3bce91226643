package dev.devolve.model;

/** A duty that comes with a delegation. */
public enum Obligation {
    PUBLICATION("公布下放决定"),
    PERIODIC_EVALUATION("定期组织评估"),
    CAPACITY_BUILDING("加强执法能力建设"),
    SCOPE_AND_PROCEDURE("按照规定范围、依照法定程序"),
    COUNTY_SUPERVISION("县级组织协调、业务指导、执法监督"),
    WRITTEN_ENTRUSTMENT("书面委托"),
    ACT_IN_DEPARTMENT_NAME("以委托部门名义实施"),
    FUNDS_FOLLOW_MATTER("钱随事转");

    private final String zh;

    Obligation(String zh) {
        this.zh = zh;
    }

    /** The Chinese term. */
    public String zh() {
        return zh;
    }
}

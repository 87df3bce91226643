package dev.devolve.model;

import java.math.BigDecimal;
import java.util.Set;

import static dev.devolve.model.FactField.Absence.DEFAULT;
import static dev.devolve.model.FactField.Absence.MISSING;
import static dev.devolve.model.FactField.Absence.OPTIONAL;
import static dev.devolve.model.FactField.Kind.COUNT;
import static dev.devolve.model.FactField.Kind.FLAG;
import static dev.devolve.model.FactField.Kind.TEXT;
import static dev.devolve.model.FactField.Kind.YUAN;

/** The facts of a {@link Township}, each declared once: key, kind of value, absence, Chinese and English name. */
public final class TownshipFacts {

    public static final FactTable TABLE = FactTable.of("township");

    public static final FactField<String> CODE = TABLE.fact("code", TEXT, OPTIONAL, "区划代码", "code");
    public static final FactField<String> NAME = TABLE.fact("name", TEXT, OPTIONAL, "名称", "name");
    public static final FactField<TownshipKind> KIND = TABLE.word("kind", TownshipKind.class, MISSING, "乡镇类型", "township kind");
    public static final FactField<Set<TownshipClass>> CLASSES = TABLE.words("classes", TownshipClass.class, DEFAULT, "乡镇类别", "classes");
    public static final FactField<Integer> POPULATION = TABLE.fact("population", COUNT, MISSING, "常住人口", "population");
    public static final FactField<Boolean> ENFORCEMENT_TEAM = TABLE.fact("enforcementTeam", FLAG, MISSING,
            "是否有综合行政执法队伍", "whether it has an enforcement team");
    public static final FactField<Integer> CERTIFIED_OFFICERS = TABLE.fact("certifiedOfficers", COUNT, MISSING,
            "持证执法人员数", "certified officers");
    public static final FactField<Integer> LEGAL_REVIEWERS = TABLE.fact("legalReviewers", COUNT, MISSING,
            "法制审核人员数", "legal reviewers");
    public static final FactField<Boolean> SERVICE_CENTRE = TABLE.fact("serviceCentre", FLAG, MISSING,
            "是否有便民服务中心", "whether it has a service centre");
    public static final FactField<Boolean> CAPACITY_ASSESSED = TABLE.fact("capacityAssessed", FLAG, MISSING,
            "是否通过承接能力评估", "whether it passed the capacity assessment");
    public static final FactField<Boolean> COUNTY_MANAGED_FINANCE = TABLE.fact("countyManagedFinance", FLAG, MISSING,
            "是否乡财县管", "whether the county manages its finances");
    public static final FactField<BigDecimal> OWN_REVENUE = TABLE.fact("ownRevenue", YUAN, MISSING, "本级收入（元）", "own revenue, yuan");
    public static final FactField<Set<TownshipObject>> OBJECTS = TABLE.words("objects", TownshipObject.class, MISSING,
            "辖区内的监管对象", "what its area holds that duties attach to");

    private TownshipFacts() {
    }
}

package dev.devolve.model;

import java.math.BigDecimal;

import static dev.devolve.model.FactField.Absence.DEFAULT;
import static dev.devolve.model.FactField.Absence.MISSING;
import static dev.devolve.model.FactField.Absence.OPTIONAL;
import static dev.devolve.model.FactField.Kind.FLAG;
import static dev.devolve.model.FactField.Kind.NUMBER;
import static dev.devolve.model.FactField.Kind.TEXT;
import static dev.devolve.model.FactField.Kind.YUAN;

/** The facts of a {@link Matter}, each declared once: key, kind of value, absence, Chinese and English name. */
public final class MatterFacts {

    public static final FactTable TABLE = FactTable.of("matter");

    public static final FactField<String> CODE = TABLE.fact("code", TEXT, OPTIONAL, "事项编码", "code");
    public static final FactField<String> NAME = TABLE.fact("name", TEXT, OPTIONAL, "事项名称", "name");
    public static final FactField<String> DEPARTMENT = TABLE.fact("department", TEXT, OPTIONAL, "实施部门", "department");
    public static final FactField<MatterCategory> CATEGORY = TABLE.word("category", MatterCategory.class, MISSING, "事项类别", "matter category");
    public static final FactField<MatterField> FIELD = TABLE.word("field", MatterField.class, MISSING, "事项领域", "matter field");
    public static final FactField<Boolean> FACES_PUBLIC = TABLE.fact("facesPublic", FLAG, MISSING, "是否直接面向群众", "whether it faces the public");
    public static final FactField<BigDecimal> ANNUAL_CASES = TABLE.fact("annualCases", NUMBER, MISSING, "每年预计案件数", "expected cases a year");
    public static final FactField<BigDecimal> SPREAD = TABLE.fact("spread", NUMBER, MISSING, "覆盖面", "spread");
    public static final FactField<ProfessionalDemand> PROFESSIONAL_DEMAND = TABLE.word("professionalDemand", ProfessionalDemand.class,
            MISSING, "专业性技术性要求", "professional demand");
    public static final FactField<Boolean> RESTRICTS_PERSONAL_FREEDOM = TABLE.fact("restrictsPersonalFreedom", FLAG, DEFAULT,
            "是否限制人身自由", "whether it restricts personal freedom");
    public static final FactField<Boolean> MAJOR_PENALTY = TABLE.fact("majorPenalty", FLAG, DEFAULT, "是否重大处罚", "whether it is a major penalty");
    public static final FactField<Boolean> NON_TERRITORIAL = TABLE.fact("nonTerritorial", FLAG, DEFAULT,
            "是否垂直管理或非属地", "whether it is vertically managed or non-territorial");
    public static final FactField<Boolean> RESERVED_TO_COUNTY = TABLE.fact("reservedToCounty", FLAG, DEFAULT,
            "是否保留县级", "whether it is reserved to the county");
    public static final FactField<Boolean> STATUTORY_TOWNSHIP_POWER = TABLE.fact("statutoryTownshipPower", FLAG, DEFAULT,
            "是否法定乡镇职权", "whether a law already gives it to the township");
    public static final FactField<BigDecimal> UNIT_COST = TABLE.fact("unitCost", YUAN, MISSING, "单件成本（元）", "cost per case, yuan");
    public static final FactField<String> BASIS = TABLE.fact("basis", TEXT, OPTIONAL, "法定依据", "legal basis");

    private MatterFacts() {
    }
}

package dev.devolve.model;

import java.math.BigDecimal;
import java.util.Set;

import static dev.devolve.model.FactField.Absence.DEFAULT;
import static dev.devolve.model.FactField.Absence.MISSING;
import static dev.devolve.model.FactField.Absence.OPTIONAL;
import static dev.devolve.model.FactField.Kind.FLAG;
import static dev.devolve.model.FactField.Kind.NUMBER;
import static dev.devolve.model.FactField.Kind.TEXT;

/** The facts of a {@link DutyItem}, each declared once: key, kind of value, absence, Chinese and English name. */
public final class DutyFacts {

    public static final FactTable TABLE = FactTable.of("duty");

    public static final FactField<String> CODE = TABLE.fact("code", TEXT, OPTIONAL, "事项编码", "duty-catalog code");
    public static final FactField<String> NAME = TABLE.fact("name", TEXT, OPTIONAL, "事项名称", "name");
    public static final FactField<DutyField> FIELD = TABLE.word("field", DutyField.class, OPTIONAL, "领域", "field");
    public static final FactField<LegalLead> LEGAL_LEAD = TABLE.word("legalLead", LegalLead.class, OPTIONAL,
            "法定责任主体", "whom a law names as responsible");
    public static final FactField<String> BASIS = TABLE.fact("basis", TEXT, OPTIONAL, "依据", "the law or document that names the lead");
    public static final FactField<String> LEAD_DEPARTMENT = TABLE.fact("leadDepartment", TEXT, MISSING,
            "牵头或承接部门", "the county department that leads or takes it back");
    public static final FactField<Boolean> COUNTY_LEADS = TABLE.fact("countyLeads", FLAG, DEFAULT,
            "县级部门主导", "whether the county department leads the work as a whole");
    public static final FactField<Boolean> STATIONED_AGENCY = TABLE.fact("stationedAgency", FLAG, DEFAULT,
            "派驻机构履行主要职能", "whether a stationed agency performs the main function");
    public static final FactField<Accountability> ACCOUNTABILITY = TABLE.word("accountability", Accountability.class, MISSING,
            "追责问责层级", "where accountability for failure lies");
    public static final FactField<ProfessionalDemand> PROFESSIONAL_DEMAND = TABLE.word("professionalDemand", ProfessionalDemand.class,
            MISSING, "专业技术要求", "professional demand");
    public static final FactField<Set<TownshipObject>> OBJECTS = TABLE.words("objects", TownshipObject.class, DEFAULT,
            "监管对象", "what must exist in the township for the duty to act on");
    public static final FactField<BigDecimal> EXERCISES_PER_YEAR = TABLE.fact("exercisesPerYear", NUMBER, MISSING,
            "每年履行次数", "times a township exercises it in a year");
    public static final FactField<Boolean> ASSESSMENT_ONLY = TABLE.fact("assessmentOnly", FLAG, DEFAULT,
            "仅为考核事项", "whether it exists only as an assessment item");
    public static final FactField<String> MATTER = TABLE.fact("matter", TEXT, OPTIONAL, "行使的职权", "the catalog power it exercises");

    private DutyFacts() {
    }
}

package dev.devolve.model;

import java.time.LocalDate;
import java.util.Set;

import static dev.devolve.model.FactField.Absence.DEFAULT;
import static dev.devolve.model.FactField.Absence.OPTIONAL;
import static dev.devolve.model.FactField.Kind.DATE;
import static dev.devolve.model.FactField.Kind.FLAG;
import static dev.devolve.model.FactField.Kind.TEXT;

/**
 * The facts of a province's decision on a matter ({@link ProvinceContext}), each declared once.
 * The decision is checked as a whole when it is made (a published decision needs its date).
 */
public final class ProvinceFacts {

    public static final FactTable TABLE = FactTable.of("province");

    public static final FactField<Boolean> DECISION_PUBLISHED = TABLE.fact("decisionPublished", FLAG, DEFAULT,
            "是否已公布决定", "whether a decision is published");
    public static final FactField<LocalDate> DECISION_DATE = TABLE.fact("decisionDate", DATE, OPTIONAL, "决定施行日期", "in force from");
    public static final FactField<Set<TownshipKind>> LISTED_FOR = TABLE.words("listedFor", TownshipKind.class, DEFAULT,
            "列入清单的乡镇类型", "kinds of township it is listed for");
    public static final FactField<LocalDate> RECALLED_ON = TABLE.fact("recalledOn", DATE, OPTIONAL, "收回日期", "recalled on");
    public static final FactField<String> DOCUMENT = TABLE.fact("document", TEXT, OPTIONAL, "决定文号", "document number");

    private ProvinceFacts() {
    }
}

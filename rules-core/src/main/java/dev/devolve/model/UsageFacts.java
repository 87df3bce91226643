package dev.devolve.model;

import java.time.LocalDate;

import static dev.devolve.model.FactField.Absence.DEFAULT;
import static dev.devolve.model.FactField.Absence.MISSING;
import static dev.devolve.model.FactField.Absence.OPTIONAL;
import static dev.devolve.model.FactField.Kind.COUNT;
import static dev.devolve.model.FactField.Kind.DATE;

/**
 * The facts of a township's {@link Usage} of a delegated power over a period, each declared once. A
 * usage is checked as a whole when it is made (the period in order, no more reversals than cases).
 */
public final class UsageFacts {

    public static final FactTable TABLE = FactTable.of("usage");

    public static final FactField<LocalDate> FROM = TABLE.fact("from", DATE, MISSING, "评估期起始日", "first day of the period");
    public static final FactField<LocalDate> TO = TABLE.fact("to", DATE, MISSING, "评估期截止日", "last day of the period");
    public static final FactField<Integer> CASES = TABLE.fact("cases", COUNT, MISSING, "期内办件数", "decisions made in the period");
    public static final FactField<Integer> REVERSALS = TABLE.fact("reversals", COUNT, DEFAULT, "被复议或诉讼撤销数",
            "decisions overturned on review or in court");
    public static final FactField<LocalDate> LAST_EVALUATED = TABLE.fact("lastEvaluated", DATE, OPTIONAL, "上次评估日期", "last evaluated on");

    private UsageFacts() {
    }
}

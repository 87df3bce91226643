package dev.devolve.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.devolve.model.FactField.Absence.DEFAULT;
import static dev.devolve.model.FactField.Absence.MISSING;
import static dev.devolve.model.FactField.Absence.OPTIONAL;
import static dev.devolve.model.FactField.Kind.COUNT;
import static dev.devolve.model.FactField.Kind.DATE;
import static dev.devolve.model.FactField.Kind.FLAG;
import static dev.devolve.model.FactField.Kind.TEXT;
import static dev.devolve.model.FactField.Kind.YUAN;

/**
 * The facts of a {@link Proposal} besides its duty, each declared once: key, kind of value,
 * absence, Chinese and English name.
 */
public final class ProposalFacts {

    public static final FactTable TABLE = FactTable.of("proposal");

    public static final FactField<String> PROPOSER = TABLE.fact("proposer", TEXT, OPTIONAL, "提出单位", "proposer");
    public static final FactField<Boolean> BY_TEMPORARY_BODY = TABLE.fact("byTemporaryBody", FLAG, DEFAULT,
            "由专班、指挥部或议事协调机构提出", "whether a task force, command post or coordination body proposes it");
    public static final FactField<TownshipRole> TOWNSHIP_ROLE = TABLE.word("townshipRole", TownshipRole.class, MISSING,
            "乡镇角色", "the township's role");
    public static final FactField<BigDecimal> ANNUAL_COST = TABLE.fact("annualCost", YUAN, OPTIONAL, "每年成本（元）", "annual cost, yuan");
    public static final FactField<BigDecimal> FUNDING = TABLE.fact("funding", YUAN, OPTIONAL, "每年经费（元）", "annual funding, yuan");
    public static final FactField<Integer> STAFF = TABLE.fact("staff", COUNT, OPTIONAL, "须配备人员", "people the township must assign");
    public static final FactField<LocalDate> APPROVED_ON = TABLE.fact("approvedOn", DATE, OPTIONAL, "准入日期", "admitted on");
    public static final FactField<String> APPROVED_BY = TABLE.fact("approvedBy", TEXT, OPTIONAL, "准入机关", "admitted by");

    private ProposalFacts() {
    }
}

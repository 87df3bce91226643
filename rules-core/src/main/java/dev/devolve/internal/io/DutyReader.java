package dev.devolve.internal.io;

import dev.devolve.api.InputException;
import dev.devolve.api.SafeText;
import dev.devolve.model.Accountability;
import dev.devolve.model.DutyField;
import dev.devolve.model.DutyItem;
import dev.devolve.model.LegalLead;
import dev.devolve.model.ProfessionalDemand;
import dev.devolve.model.Proposal;
import dev.devolve.model.TownshipObject;
import dev.devolve.model.TownshipRole;
import dev.devolve.pack.DutyCatalogEntry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads duty and proposal facts (DECISIONS.md, "Duties") from any {@link Fields} source, and a pack's
 * duty catalog. An inline duty whose code is a catalog code is that catalog duty: the facts it also
 * gives must agree with the catalog entry, or the error names the first that does not.
 */
public final class DutyReader {

    /** Every key a duty record may have. */
    public static final List<String> DUTY_KEYS = List.of("code", "name", "field", "legalLead", "basis", "leadDepartment",
            "countyLeads", "stationedAgency", "accountability", "professionalDemand", "objects", "exercisesPerYear",
            "assessmentOnly", "matter");

    /** Every key a proposal record may have. */
    public static final List<String> PROPOSAL_KEYS = List.of("duty", "proposer", "byTemporaryBody", "townshipRole", "annualCost",
            "funding", "staff", "approvedOn", "approvedBy");

    /** The columns a duty catalog may have: the duty keys, an English name and a note. */
    public static final List<String> CATALOG_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(DUTY_KEYS);
        columns.add("nameEn");
        columns.add("note");
        CATALOG_COLUMNS = List.copyOf(columns);
    }

    private DutyReader() {
    }

    /** A duty read from a record, with the keys the record gave. */
    public record Read(DutyItem duty, Set<String> given) {
    }

    /** Reads a duty's facts, without finishing the record (a catalog row has further columns). */
    public static Read read(Fields f) {
        Set<String> given = new LinkedHashSet<>();
        DutyItem.Builder b = DutyItem.builder();
        b.code(track("code", f.string("code"), given))
                .name(track("name", f.string("name"), given))
                .field(track("field", f.enumValue("field", DutyField.class), given))
                .legalLead(track("legalLead", f.enumValue("legalLead", LegalLead.class), given))
                .basis(track("basis", f.string("basis"), given))
                .leadDepartment(track("leadDepartment", f.string("leadDepartment"), given))
                .countyLeads(flag(f, "countyLeads", given))
                .stationedAgency(flag(f, "stationedAgency", given))
                .accountability(track("accountability", f.enumValue("accountability", Accountability.class), given))
                .professionalDemand(track("professionalDemand", f.enumValue("professionalDemand", ProfessionalDemand.class), given))
                .assessmentOnly(flag(f, "assessmentOnly", given))
                .matter(track("matter", f.string("matter"), given));
        Set<TownshipObject> objects = f.enumSet("objects", TownshipObject.class);
        if (!objects.isEmpty()) {
            given.add("objects");
        }
        b.objects(objects);
        BigDecimal exercises = track("exercisesPerYear", f.decimal("exercisesPerYear"), given);
        try {
            b.exercisesPerYear(exercises);
        } catch (IllegalArgumentException e) {
            throw f.errorAt("exercisesPerYear", e.getMessage());
        }
        return new Read(b.build(), given);
    }

    /**
     * Reads an inline duty; when its code is a catalog code, the catalog duty, checked against the
     * facts the record gives.
     */
    public static DutyItem duty(Fields f, Function<String, DutyItem> catalog) {
        Read r = read(f);
        f.finish();
        DutyItem known = r.duty().getCode() == null ? null : catalog.apply(r.duty().getCode());
        if (known == null) {
            return r.duty();
        }
        Map<String, Object> mine = r.duty().facts();
        Map<String, Object> theirs = known.facts();
        for (String key : r.given()) {
            if (!Objects.equals(mine.get("duty." + key), theirs.get("duty." + key))) {
                throw f.errorAt(key, "duty " + SafeText.quote(known.getCode()) + " is in the duty catalog with " + key + " "
                        + SafeText.quote(String.valueOf(theirs.get("duty." + key))) + "; this duty gives "
                        + SafeText.quote(String.valueOf(mine.get("duty." + key)))
                        + " (give the code alone for the catalog duty, or another code for a new one)");
            }
        }
        return known;
    }

    /**
     * A duty given as a catalog code (a string, or a mapping with only {@code code}) or as its facts,
     * as scenario and proposal files give it.
     *
     * @param catalog the catalog duty by code, or null
     * @throws InputException for an unknown code, an unknown word or facts that contradict the catalog
     */
    public static DutyItem duty(Node node, Function<String, DutyItem> catalog) {
        if (node instanceof Node.Scalar s) {
            DutyItem known = catalog.apply(s.text());
            if (known == null) {
                throw node.error("unknown duty " + SafeText.quote(s.text()) + "; give a duty-catalog code (see 'devolve catalog') "
                        + "or the duty's facts");
            }
            return known;
        }
        return duty((Fields) node.asMap(), catalog);
    }

    /**
     * Reads a proposal: its {@code duty} is a catalog code or duty facts, read by {@code duty}.
     */
    public static Proposal proposal(Node.MapNode m, Function<Node, DutyItem> duty) {
        Proposal.Builder b = Proposal.builder().duty(duty.apply(m.require("duty")))
                .proposer(m.string("proposer"))
                .byTemporaryBody(Boolean.TRUE.equals(m.bool("byTemporaryBody")))
                .townshipRole(m.enumValue("townshipRole", TownshipRole.class))
                .approvedOn(m.date("approvedOn"))
                .approvedBy(m.string("approvedBy"));
        BigDecimal cost = FactReader.yuan(m, "annualCost");
        BigDecimal funding = FactReader.yuan(m, "funding");
        Integer staff = m.integer("staff");
        guard(m, "annualCost", () -> b.annualCost(cost));
        guard(m, "funding", () -> b.funding(funding));
        guard(m, "staff", () -> b.staff(staff));
        m.finish();
        return b.build();
    }

    /** Reads a duty catalog: unique codes, every row with a code, a name and a field. */
    public static List<DutyCatalogEntry> catalog(CsvTable table) {
        List<DutyCatalogEntry> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            DutyItem d = read(row).duty();
            for (String required : List.of("code", "name", "field")) {
                if (d.facts().get("duty." + required) == null) {
                    throw row.errorAt(required, "every duty-catalog row needs a " + required);
                }
            }
            if (!codes.add(d.getCode())) {
                throw row.errorAt("code", "duplicate duty code " + SafeText.quote(d.getCode()));
            }
            out.add(new DutyCatalogEntry(d, row.string("nameEn"), row.string("note")));
        }
        return out;
    }

    private static <T> T track(String key, T value, Set<String> given) {
        if (value != null) {
            given.add(key);
        }
        return value;
    }

    private static boolean flag(Fields f, String key, Set<String> given) {
        Boolean v = f.bool(key);
        if (v != null) {
            given.add(key);
        }
        return v != null && v;
    }

    private static void guard(Fields f, String key, Runnable setter) {
        try {
            setter.run();
        } catch (IllegalArgumentException e) {
            throw f.errorAt(key, e.getMessage());
        }
    }
}

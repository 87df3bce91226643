package dev.devolve.internal.io;

import dev.devolve.error.SafeText;
import dev.devolve.model.DutyFacts;
import dev.devolve.model.DutyItem;
import dev.devolve.model.FactField;
import dev.devolve.model.Proposal;
import dev.devolve.model.ProposalFacts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads duty and proposal facts from any {@link Fields} source with the keys and kinds their fact
 * tables declare ({@link DutyFacts}, {@link ProposalFacts}). An inline
 * duty whose code is a catalog code is that catalog duty: the facts it also gives must agree with
 * the catalog entry, or the error names the first that does not.
 */
public final class DutyReader {

    /** The columns a duty catalog may have: the duty keys, an English name and a note. */
    public static final List<String> CATALOG_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(DutyFacts.TABLE.keys());
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
        for (FactField<?> field : DutyFacts.TABLE.fields()) {
            if (f.has(field.key())) {
                given.add(field.key());
            }
            FactReader.set(f, field, b::set);
        }
        return new Read(b.build(), given);
    }

    /**
     * Reads an inline duty; when its code is a catalog code, the catalog duty, checked against the
     * facts the record gives.
     *
     * @param catalog the catalog duty by code, or null
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
     * A duty given as a catalog code (a string) or as its facts, as scenario and proposal files give it.
     *
     * @param catalog the catalog duty by code, or null
     * @throws dev.devolve.error.InputException for an unknown code, an unknown word or facts that contradict the catalog
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

    /** Reads a proposal: its {@code duty} is a catalog code or duty facts, read by {@code duty}. */
    public static Proposal proposal(Node.MapNode m, Function<Node, DutyItem> duty) {
        Proposal.Builder b = Proposal.builder().duty(duty.apply(m.require("duty")));
        for (FactField<?> field : ProposalFacts.TABLE.fields()) {
            FactReader.set(m, field, b::set);
        }
        m.finish();
        return b.build();
    }
}

package dev.devolve.input;

import dev.devolve.api.PolicyEngine;
import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import dev.devolve.internal.io.CsvTable;
import dev.devolve.internal.io.TextFiles;
import dev.devolve.internal.io.XlsxTable;
import dev.devolve.location.SourceLocation;
import dev.devolve.model.DutyList;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipKind;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyLists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A county's own three lists as published (CSV or XLSX), read like a provincial list: one row per
 * township (by code) or kind of township and duty, with its list, lead department, validity and
 * document. Published lists are data, not rules: where a row differs from what the duty tests give,
 * {@link #check} reports a {@link ListDeviation}, and the published list is not overridden.
 *
 * <pre>{@code
 * PublishedDutyList yuhang = PublishedDutyList.read(Path.of("examples/duty-lists/yuhang.csv"), engine);
 * List<ListDeviation> d = yuhang.check(engine.duties(township, LocalDate.of(2025, 7, 1)));
 * }</pre>
 *
 * @param source the file
 * @param rows   its rows, in file order
 */
public record PublishedDutyList(String source, List<Row> rows) {

    /** The columns a published list has. */
    public static final List<String> COLUMNS = List.of("township", "duty", "list", "leadDepartment", "validFrom", "validTo", "document");

    public PublishedDutyList {
        rows = List.copyOf(rows);
    }

    /**
     * One published row.
     *
     * @param township  a township code, or empty when the row holds for a kind
     * @param kind      the kind of township the row holds for, or empty when it names a township
     * @param duty      the duty-catalog code
     * @param list      BASIC, SUPPORTING or RECALLED
     * @param lead      the lead or receiving department, as published
     * @param validFrom the first day it holds
     * @param validTo   the last day it holds, if it ends
     * @param document  the document that publishes it
     * @param location  its file and line (or sheet and row)
     */
    public record Row(Optional<String> township, Optional<TownshipKind> kind, String duty, DutyList list, Optional<String> lead,
                      LocalDate validFrom, Optional<LocalDate> validTo, String document, SourceLocation location) {

        /** Whether the row holds on the date. */
        public boolean inForce(LocalDate asOf) {
            return !asOf.isBefore(validFrom) && validTo.map(to -> !asOf.isAfter(to)).orElse(true);
        }

        /** Whether the row is about the township: by its code, or by its kind. */
        public boolean appliesTo(Township t) {
            return township.map(c -> c.equals(t.getCode())).orElseGet(() -> kind.isPresent() && kind.get() == t.getKind());
        }

        boolean overlaps(Row o) {
            LocalDate end = validTo.orElse(LocalDate.MAX);
            LocalDate otherEnd = o.validTo.orElse(LocalDate.MAX);
            return !validFrom.isAfter(otherEnd) && !o.validFrom.isAfter(end);
        }
    }

    /**
     * Reads a published list, checking every row: a known township code or a kind word, a catalog
     * duty, a list word, dates in order, and no two rows for the same township and duty whose
     * validity overlaps.
     *
     * @throws InputException naming the file, line (or sheet:row:col) and value of the first problem
     */
    public static PublishedDutyList read(Path file, PolicyEngine engine) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        CsvTable table;
        if (name.endsWith(".xlsx")) {
            TextFiles.check(file);
            try {
                table = XlsxTable.read(file.toString(), Files.readAllBytes(file), new LinkedHashSet<>(COLUMNS));
            } catch (IOException e) {
                throw new InputException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
            }
        } else {
            table = CsvTable.parse(file.toString(), TextFiles.read(file), new LinkedHashSet<>(COLUMNS));
        }
        for (String c : List.of("township", "duty", "list", "validFrom")) {
            if (!table.header().contains(c)) {
                throw new InputException(file.toString(), 1, 1, "a published duty list needs a '" + c + "' column; columns: " + COLUMNS);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            Row row = row(r, table.source(), engine);
            for (Row earlier : rows) {
                if (earlier.duty().equals(row.duty()) && earlier.township().equals(row.township()) && earlier.kind().equals(row.kind())
                        && earlier.overlaps(row)) {
                    throw r.errorAt("validFrom", "duty " + SafeText.quote(row.duty()) + " for " + row.township().orElseGet(() -> row.kind().get().name())
                            + " is already published by the row at " + earlier.location() + " for a period that overlaps this one");
                }
            }
            rows.add(row);
        }
        return new PublishedDutyList(table.source(), rows);
    }

    private static Row row(CsvTable.Row r, String source, PolicyEngine engine) {
        String where = r.string("township");
        if (where == null) {
            throw r.errorAt("township", "every row needs a township code or a kind of township ("
                    + String.join(", ", List.of(TownshipKind.values()).stream().map(Enum::name).toList()) + ")");
        }
        Optional<String> code = Optional.empty();
        Optional<TownshipKind> kind = Optional.empty();
        if (where.chars().allMatch(Character::isDigit)) {
            if (NationalTownships.get().find(where).isEmpty()) {
                throw r.errorAt("township", NationalTownships.get().unknown(where, 3));
            }
            code = Optional.of(where);
        } else {
            kind = Optional.of(r.enumValue("township", TownshipKind.class));
        }
        String duty = r.string("duty");
        if (duty == null || engine.duty(duty).isEmpty()) {
            throw r.errorAt("duty", "unknown duty " + SafeText.quote(String.valueOf(duty)) + "; the duty catalog has "
                    + engine.dutyCatalog().size() + " duties (see 'devolve catalog')");
        }
        DutyList list = r.enumValue("list", DutyList.class);
        if (list == null || list == DutyList.INSUFFICIENT_FACTS || list == DutyList.ERROR) {
            throw r.errorAt("list", "a published row is on BASIC, SUPPORTING or RECALLED, found " + SafeText.quote(String.valueOf(list)));
        }
        LocalDate from = r.date("validFrom");
        if (from == null) {
            throw r.errorAt("validFrom", "every row needs the day it holds from");
        }
        LocalDate to = r.date("validTo");
        if (to != null && to.isBefore(from)) {
            throw r.errorAt("validTo", "ends on " + to + ", before it starts on " + from);
        }
        String document = r.string("document");
        return new Row(code, kind, duty, list, Optional.ofNullable(r.string("leadDepartment")), from, Optional.ofNullable(to),
                document == null ? "" : document, SourceLocation.of(source, r.line()));
    }

    /** The townships a whole-list check covers: those the rows name, and the county's townships of the kinds they name. */
    public Set<String> counties() {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> r.township().ifPresent(c -> out.add(c.substring(0, 6))));
        return out;
    }

    /**
     * The rows in force for the township on the lists' date that place a duty on another list than
     * the tests give: a row naming the township wins over a row for its kind.
     */
    public List<ListDeviation> check(DutyLists lists) {
        List<ListDeviation> out = new ArrayList<>();
        for (DutyDecision d : lists.decisions()) {
            Optional<Row> row = rowFor(lists.township(), d.duty().getCode(), lists.asOf());
            if (row.isPresent() && row.get().list() != d.list()) {
                out.add(new ListDeviation(lists.township(), d, row.get()));
            }
        }
        return out;
    }

    /** The published row in force for the township and duty on the date, if any. */
    public Optional<Row> rowFor(Township t, String duty, LocalDate asOf) {
        Row byKind = null;
        for (Row r : rows) {
            if (r.duty().equals(duty) && r.inForce(asOf) && r.appliesTo(t)) {
                if (r.township().isPresent()) {
                    return Optional.of(r);
                }
                byKind = r;
            }
        }
        return Optional.ofNullable(byKind);
    }
}

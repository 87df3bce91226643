package dev.devolve.pack;

import dev.devolve.error.SafeText;
import dev.devolve.internal.io.CsvTable;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.Node;
import dev.devolve.internal.io.XlsxTable;
import dev.devolve.location.SourceLocation;
import dev.devolve.model.TownshipClass;
import dev.devolve.model.TownshipKind;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a provincial pack's {@code province.yaml} and the list (CSV or XLSX) it names. */
final class ProvinceReader {

    private ProvinceReader() {
    }

    /** The columns of a provincial list: the matter, a column per kind of township, classes, recall. */
    static final List<String> LIST_COLUMNS = List.of("matter", "name", "STREET", "TOWN", "TOWNSHIP", "ETHNIC_TOWNSHIP", "SUMU",
            "OTHER", "classes", "recalledOn", "note");

    static ProvincialList province(PackFiles files) {
        Node.MapNode m = Documents.parse(files.source("province.yaml"), files.text("province.yaml")).asMap();
        String code = m.requireString("province");
        if (!code.matches("\\d{2}")) {
            throw m.get("province").error("a province is its 2-digit GB/T 2260 code, found " + SafeText.quote(code));
        }
        String document = m.requireString("document");
        Boolean published = m.bool("published");
        if (published == null) {
            throw m.error("missing required key 'published' (true or false)");
        }
        LocalDate date = m.require("decisionDate").asScalar().date();
        String note = m.requireString("source");
        Node listNode = m.require("list");
        String listFile = listNode.asScalar().text();
        m.finish();
        byte[] bytes = files.bytes(listFile);
        if (bytes == null) {
            throw listNode.error("the list file " + SafeText.quote(listFile) + " is not in the pack");
        }
        CsvTable table;
        if (listFile.endsWith(".xlsx")) {
            table = XlsxTable.read(files.source(listFile), bytes, new LinkedHashSet<>(LIST_COLUMNS));
        } else if (listFile.endsWith(".csv")) {
            table = CsvTable.parse(files.source(listFile), files.text(listFile), new LinkedHashSet<>(LIST_COLUMNS));
        } else {
            throw listNode.error("a list is a .csv or .xlsx file, found " + SafeText.quote(listFile));
        }
        Map<String, ProvincialList.Entry> entries = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String matter = row.string("matter");
            if (matter == null) {
                throw row.errorAt("matter", "every row needs the matter's catalog code");
            }
            Set<TownshipKind> kinds = EnumSet.noneOf(TownshipKind.class);
            for (TownshipKind k : TownshipKind.values()) {
                if (yes(row, k.name())) {
                    kinds.add(k);
                }
            }
            ProvincialList.Entry e = new ProvincialList.Entry(matter, kinds, row.enumSet("classes", TownshipClass.class),
                    Optional.ofNullable(row.date("recalledOn")), row.string("note") == null ? "" : row.string("note"),
                    SourceLocation.of(table.source(), row.line(), table.header().indexOf("matter") + 1));
            if (entries.put(matter, e) != null) {
                throw row.errorAt("matter", "matter " + SafeText.quote(matter) + " is listed twice");
            }
        }
        Node provinceNode = m.get("province");
        return new ProvincialList(code, document, published, date, note, listFile, entries,
                provinceNode.location());
    }

    /** A kind column holds {@code yes}, {@code no} or nothing. */
    private static boolean yes(CsvTable.Row row, String column) {
        String v = row.string(column);
        if (v == null || v.equalsIgnoreCase("no")) {
            return false;
        }
        if (v.equalsIgnoreCase("yes")) {
            return true;
        }
        throw row.errorAt(column, "expected yes, no or an empty cell, found " + SafeText.quote(v));
    }

}

package dev.devolve.pack;

import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import dev.devolve.internal.io.CsvTable;
import dev.devolve.internal.io.DutyReader;
import dev.devolve.internal.io.FactReader;
import dev.devolve.model.DutyItem;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterFacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a pack's catalogs: matters, and duties, each a CSV with a row per item and the columns of its facts. */
final class CatalogReader {

    private CatalogReader() {
    }

    static List<Matter> catalog(String source, String text) {
        CsvTable table = CsvTable.parse(source, text, new LinkedHashSet<>(MatterFacts.TABLE.keys()));
        if (!table.header().contains("code")) {
            throw new InputException(source, 1, 1, "a catalog needs a 'code' column");
        }
        List<Matter> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            Matter m = FactReader.matter(row);
            if (m.getCode() == null) {
                throw row.errorAt("code", "every catalog row needs a code");
            }
            if (!codes.add(m.getCode())) {
                throw row.errorAt("code", "duplicate matter code " + SafeText.quote(m.getCode()));
            }
            out.add(m);
        }
        return out;
    }

    /** Reads a pack's duty catalog: unique codes, every row with a code, a name and a field. */
    static List<DutyCatalogEntry> duties(String source, String text) {
        CsvTable table = CsvTable.parse(source, text, new LinkedHashSet<>(DutyReader.CATALOG_COLUMNS));
        List<DutyCatalogEntry> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            DutyItem d = DutyReader.read(row).duty();
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
}

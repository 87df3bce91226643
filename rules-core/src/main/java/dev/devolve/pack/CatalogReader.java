package dev.devolve.pack;

import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import dev.devolve.internal.io.CsvTable;
import dev.devolve.internal.io.FactReader;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterFacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a pack's matter catalog: a CSV with a row per matter, the columns of a matter's facts. */
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
}

package dev.devolve.pack;

import dev.devolve.error.InputException;
import dev.devolve.error.InputLimits;
import dev.devolve.error.SafeText;
import dev.devolve.internal.io.CsvTable;
import dev.devolve.internal.io.Node;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a parameter sheet ({@code parameters.csv} or {@code parameters.xlsx}) for the
 * {@link ParameterReader}: one row per dated value, rows of one parameter together and in date
 * order; the description, type, unit and {@code sumsTo} are read from its first row. A TABLE value
 * is written {@code key=value|key=value}.
 */
final class ParameterSheet {

    /** The columns of a parameter sheet: one row per dated value. */
    static final List<String> COLUMNS = List.of("name", "type", "since", "value", "reference", "note", "status",
            "unit", "description_zh", "description_en", "sumsTo");

    private ParameterSheet() {
    }

    static List<Parameter> parameters(CsvTable table) {
        Map<String, List<CsvTable.Row>> byName = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.string("name");
            ParameterReader.name(name, what -> row.errorAt("name", what));
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
        }
        List<Parameter> out = new ArrayList<>();
        for (Map.Entry<String, List<CsvTable.Row>> e : byName.entrySet()) {
            String name = e.getKey();
            CsvTable.Row first = e.getValue().get(0);
            Parameter.Type type = first.enumValue("type", Parameter.Type.class);
            if (type == null) {
                throw first.errorAt("type", "the first row of parameter " + name + " needs its type");
            }
            String zh = first.string("description_zh");
            String en = first.string("description_en");
            if (zh == null || en == null) {
                throw first.errorAt(zh == null ? "description_zh" : "description_en", "the first row of parameter " + name + " needs its description");
            }
            ParameterReader reader = ParameterReader.start(new ParameterReader.Declared(name, type, zh, en, first.string("unit"),
                    first.decimal("sumsTo"), table.source(), place(first, name)));
            for (CsvTable.Row row : e.getValue()) {
                LocalDate since = row.date("since");
                if (since == null) {
                    throw row.errorAt("since", "every value needs the date it takes effect");
                }
                reader.add(new ParameterReader.Dated(since, cell(row, type), row.string("reference"), row.string("note"),
                        row.string("status"), place(row, name)));
            }
            out.add(reader.finish());
        }
        return out;
    }

    /** Errors at a column of the row; an entry of a TABLE value is named in the message, the cell being its place. */
    private static ParameterReader.Place place(CsvTable.Row row, String name) {
        return new ParameterReader.Place() {
            @Override
            public InputException at(String key, String what) {
                return row.errorAt(key, what);
            }

            @Override
            public InputException atValue(String entry, String what) {
                return row.errorAt("value", name + (entry == null ? "" : "." + entry) + ": " + what);
            }
        };
    }

    private static Object cell(CsvTable.Row row, Parameter.Type type) {
        String text = row.string("value");
        if (text == null) {
            throw row.errorAt("value", "every row needs a value");
        }
        return switch (type) {
            case INTEGER -> BigDecimal.valueOf(row.integer("value"));
            case NUMBER -> row.decimal("value");
            case FLAG -> row.bool("value");
            case DATE -> row.date("value");
            case TEXT -> text;
            case TABLE -> {
                Map<String, Object> t = new LinkedHashMap<>();
                for (String part : text.split("\\|")) {
                    String[] kv = part.split("=", 2);
                    if (kv.length != 2 || kv[0].isBlank()) {
                        throw row.errorAt("value", "a TABLE value is key=value|key=value, found " + SafeText.quote(text));
                    }
                    String v = kv[1].trim();
                    t.put(kv[0].trim(), v.matches("-?\\d+(\\.\\d+)?") ? number(row, v) : v);
                }
                yield Collections.unmodifiableMap(t);
            }
        };
    }

    private static BigDecimal number(CsvTable.Row row, String text) {
        try {
            return InputLimits.number(text);
        } catch (IllegalArgumentException e) {
            throw row.errorAt(Node.NUMBER, "value", e.getMessage());
        }
    }
}

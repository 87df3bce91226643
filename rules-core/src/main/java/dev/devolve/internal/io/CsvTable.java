package dev.devolve.internal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.devolve.error.InputException;
import dev.devolve.error.InputLimits;
import dev.devolve.error.SafeText;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CSV file with a header row, read into rows that know their line. An empty cell is an absent
 * value; a set of enum words is written with {@code |} between words.
 */
public final class CsvTable {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    /**
     * Parses CSV text.
     *
     * @param allowedColumns every column name the reader understands; any other is an error
     */
    public static CsvTable parse(String source, String text, Set<String> allowedColumns) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
                .with(CsvSchema.emptySchema()).readValues(TextFiles.withoutBom(text))) {
            while (it.hasNextValue()) {
                int line = it.getParser().currentLocation().getLineNr();
                String[] cells = it.nextValue();
                checkCells(source, line, cells);
                if (header == null) {
                    header = readHeader(source, line, cells, allowedColumns);
                    continue;
                }
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (cells.length != header.size()) {
                    throw new InputException(source, line, 0, "row has " + cells.length + " cells, the header has " + header.size());
                }
                rows.add(new Row(source, line, header, cells));
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InputException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "CSV syntax error: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new InputException(source, 1, 1, "the file has no header row");
        }
        return new CsvTable(source, header, rows);
    }

    /** Rejects a cell holding a control character: a line break inside a quoted cell, an escape, a bidi override. */
    static void checkCells(String source, int line, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            int bad = SafeText.firstControl(cells[i]);
            if (bad >= 0) {
                throw new InputException(TextFiles.CONTROL, source, line, i + 1, String.format(
                        "control character U+%04X in %s; a cell is one line of printable text", (int) cells[i].charAt(bad),
                        SafeText.quote(cells[i])), null);
            }
        }
    }

    private static List<String> readHeader(String source, int line, String[] cells, Set<String> allowed) {
        List<String> header = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i].trim();
            if (!allowed.contains(name)) {
                throw new InputException(source, line, i + 1, "unknown column " + SafeText.quote(name) + "; allowed: " + String.join(", ", allowed));
            }
            if (!seen.add(name)) {
                throw new InputException(source, line, i + 1, "duplicate column " + SafeText.quote(name));
            }
            header.add(name);
        }
        return header;
    }

    /** A table read some other way (a spreadsheet), with rows that know their line. */
    public static CsvTable of(String source, List<String> header, List<Row> rows) {
        return new CsvTable(source, List.copyOf(header), List.copyOf(rows));
    }

    /** Checks a header read some other way against the allowed columns; {@code line} is where it is. */
    public static List<String> header(String source, int line, String[] cells, Set<String> allowed) {
        return readHeader(source, line, cells, allowed);
    }

    public String source() { return source; }
    public List<String> header() { return header; }
    public List<Row> rows() { return rows; }

    /** One data row; column numbers in errors are 1-based cell positions. */
    public static final class Row implements Fields {
        private final String source;
        private final int line;
        private final Map<String, Integer> index = new HashMap<>();
        private final String[] cells;

        /** A row at {@code line} of {@code source}, its cells in header order. */
        public Row(String source, int line, List<String> header, String[] cells) {
            this.source = source;
            this.line = line;
            this.cells = cells;
            for (int i = 0; i < header.size(); i++) {
                index.put(header.get(i), i);
            }
        }

        public int line() { return line; }

        private String raw(String key) {
            Integer i = index.get(key);
            if (i == null) {
                return null;
            }
            String v = cells[i].trim();
            return v.isEmpty() ? null : v;
        }

        @Override
        public InputException errorAt(String key, String message) {
            return errorAt(InputException.INPUT, key, message);
        }

        @Override
        public InputException errorAt(String code, String key, String message) {
            Integer i = index.get(key);
            return new InputException(code, source, line, i == null ? 0 : i + 1, key + ": " + message, null);
        }

        @Override
        public boolean has(String key) {
            return raw(key) != null;
        }

        @Override
        public String string(String key) {
            return raw(key);
        }

        @Override
        public Boolean bool(String key) {
            String v = raw(key);
            if (v == null) {
                return null;
            }
            if (v.equals("true") || v.equals("false")) {
                return Boolean.valueOf(v);
            }
            throw errorAt(key, "expected true or false, found " + SafeText.quote(v));
        }

        @Override
        public Integer integer(String key) {
            String v = raw(key);
            if (v == null) {
                return null;
            }
            try {
                return InputLimits.whole(v);
            } catch (IllegalArgumentException e) {
                throw errorAt(Node.NUMBER, key, e.getMessage());
            }
        }

        @Override
        public BigDecimal decimal(String key) {
            String v = raw(key);
            if (v == null) {
                return null;
            }
            try {
                return InputLimits.number(v);
            } catch (IllegalArgumentException e) {
                throw errorAt(Node.NUMBER, key, e.getMessage());
            }
        }

        @Override
        public LocalDate date(String key) {
            String v = raw(key);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw errorAt(key, "expected a date as YYYY-MM-DD, found " + SafeText.quote(v));
            }
        }

        @Override
        public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            String v = raw(key);
            return v == null ? null : word(key, v, type);
        }

        @Override
        public <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
            Set<E> out = EnumSet.noneOf(type);
            String v = raw(key);
            if (v != null) {
                for (String w : v.split("\\|")) {
                    out.add(word(key, w.trim(), type));
                }
            }
            return out;
        }

        private <E extends Enum<E>> E word(String key, String v, Class<E> type) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return e;
                }
            }
            throw errorAt(key, "unknown word " + SafeText.quote(v) + "; allowed: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }

        @Override
        public void finish() {
            // The header was checked against the allowed columns when the table was read.
        }
    }
}

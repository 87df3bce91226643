package dev.devolve.internal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.devolve.error.InputException;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The rows of a CSV file with a header row, read one at a time, so a sheet of any length takes the
 * memory of one row. The file is checked for encoding and control characters first, in blocks; the
 * header and the rows are checked as {@link CsvTable} checks them.
 */
public final class CsvRows implements Iterator<CsvTable.Row>, Closeable {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final String source;
    private final Reader reader;
    private final MappingIterator<String[]> it;
    private final List<String> header;
    private CsvTable.Row next;

    private CsvRows(String source, Reader reader, Set<String> allowedColumns) throws IOException {
        this.source = source;
        this.reader = reader;
        this.it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(reader);
        if (!it.hasNextValue()) {
            throw new InputException(source, 1, 1, "the file has no header row");
        }
        int line = it.getParser().currentLocation().getLineNr();
        String[] cells = it.nextValue();
        CsvTable.checkCells(source, line, cells);
        this.header = CsvTable.header(source, line, cells, allowedColumns);
    }

    /**
     * Opens the file and reads its header.
     *
     * @throws InputException on an unreadable file, a bad encoding or an unknown or repeated column
     */
    public static CsvRows open(Path file, Set<String> allowedColumns) {
        TextFiles.check(file);
        try {
            return of(file.toString(), TextFiles.reader(file), allowedColumns);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads rows from {@code reader}, which this closes; {@code source} names it in errors. */
    static CsvRows of(String source, Reader reader, Set<String> allowedColumns) {
        try {
            return new CsvRows(source, reader, allowedColumns);
        } catch (JsonProcessingException e) {
            throw syntax(source, e);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    public List<String> header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null && it.hasNextValue()) {
                int line = it.getParser().currentLocation().getLineNr();
                String[] cells = it.nextValue();
                CsvTable.checkCells(source, line, cells);
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (cells.length != header.size()) {
                    throw new InputException(source, line, 0, "row has " + cells.length + " cells, the header has " + header.size());
                }
                next = new CsvTable.Row(source, line, header, cells);
            }
            return next != null;
        } catch (JsonProcessingException e) {
            throw syntax(source, e);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public CsvTable.Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvTable.Row row = next;
        next = null;
        return row;
    }

    private static InputException syntax(String source, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return new InputException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                "CSV syntax error: " + e.getOriginalMessage(), e);
    }

    @Override
    public void close() throws IOException {
        it.close();
        reader.close();
    }
}

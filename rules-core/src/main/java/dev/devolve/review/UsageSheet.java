package dev.devolve.review;

import dev.devolve.error.InputException;
import dev.devolve.internal.io.CsvRows;
import dev.devolve.internal.io.CsvTable;
import dev.devolve.internal.io.TextFiles;
import dev.devolve.internal.io.UsageReader;
import dev.devolve.internal.io.XlsxTable;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A usage sheet, CSV or XLSX, with a header row naming the columns {@code township}, {@code matter},
 * {@code from}, {@code to}, {@code cases}, {@code reversals} (default 0) and {@code lastEvaluated}
 * (optional), and optionally {@code townshipName} and {@code matterName} for people. A CSV sheet is
 * read one row at a time, whatever its length; an XLSX sheet is held whole, within the spreadsheet
 * limits of the pack loader (20,000 rows).
 *
 * <pre>{@code
 * try (UsageSheet sheet = UsageSheet.open(Path.of("usage.csv"))) {
 *     sheet.forEachRemaining(row -> log.info("{} {}", row.township(), row.usage()));
 * }
 * }</pre>
 */
public final class UsageSheet implements Iterator<UsageRow>, Closeable {

    /** The columns a sheet may have. */
    public static final List<String> COLUMNS = List.of("township", "townshipName", "matter", "matterName", UsageReader.FROM,
            UsageReader.TO, UsageReader.CASES, UsageReader.REVERSALS, UsageReader.LAST_EVALUATED);

    private final Iterator<CsvTable.Row> rows;
    private final Closeable closer;

    private UsageSheet(Iterator<CsvTable.Row> rows, Closeable closer) {
        this.rows = rows;
        this.closer = closer;
    }

    /**
     * Opens a {@code .csv} or {@code .xlsx} sheet and checks its header.
     *
     * @throws InputException naming the file (and line and column) when it cannot be read or its header is wrong
     */
    public static UsageSheet open(Path file) {
        Set<String> columns = new LinkedHashSet<>(COLUMNS);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            byte[] bytes;
            try {
                if (Files.size(file) > TextFiles.MAX_FILE) {
                    throw new InputException(TextFiles.SIZE, file.toString(), 0, 0, "is larger than " + (TextFiles.MAX_FILE >> 20)
                            + " MiB", null);
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new InputException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
            }
            CsvTable table = XlsxTable.read(file.toString(), bytes, columns);
            return new UsageSheet(table.rows().iterator(), () -> { });
        }
        if (!name.endsWith(".csv")) {
            throw new InputException(file.toString(), 0, 0, "a usage sheet is a .csv or .xlsx file");
        }
        CsvRows rows = CsvRows.open(file, columns);
        return new UsageSheet(rows, rows);
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    /**
     * The next row, its usage read and checked.
     *
     * @throws InputException at the cell of a missing code, a reversed period, a negative or fractional count, or more reversals than cases
     */
    @Override
    public UsageRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvTable.Row row = rows.next();
        String township = required(row, "township");
        String matter = required(row, "matter");
        return new UsageRow(row.at(""), township, row.at("township"), matter, row.at("matter"), UsageReader.read(row));
    }

    private static String required(CsvTable.Row row, String key) {
        String v = row.string(key);
        if (v == null) {
            throw row.errorAt(key, "is required");
        }
        return v;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

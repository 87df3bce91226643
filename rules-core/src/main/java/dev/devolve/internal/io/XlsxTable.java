package dev.devolve.internal.io;

import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the first sheet of an XLSX workbook as a table with a header row. Every cell is read as the
 * text a person sees: numbers without a trailing {@code .0}, dates as {@code YYYY-MM-DD}. Errors
 * name the workbook and sheet ({@code list.xlsx[list]}), the row and the column.
 */
public final class XlsxTable {

    private XlsxTable() {
    }

    /** The code of a workbook over one of its limits. */
    public static final String LIMIT = "SPREADSHEET_LIMIT";
    /** The most entries (parts) a workbook may have. */
    static final int MAX_ENTRIES = 200;
    /** The most bytes its parts may have in all, uncompressed: 4 MiB. */
    static final long MAX_UNCOMPRESSED = 4L << 20;
    /** The most a part may shrink when compressed, for parts larger than {@link #RATIO_FLOOR}. */
    static final int MAX_RATIO = 100;
    static final long RATIO_FLOOR = 64L << 10;
    /** The most rows and columns the sheet may have. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 64;

    /**
     * Reads the first sheet. The workbook's zip structure is checked first, by counting what it
     * inflates to (entry count, size in all, compression ratio), before the spreadsheet library opens
     * it. A workbook whose exact bytes were read when Devolve was built (the bundled packs' sheets)
     * is taken from {@link SheetArchive} instead, with the same result.
     */
    public static CsvTable read(String file, byte[] bytes, Set<String> allowedColumns) {
        Grid grid = SheetArchive.find(bytes).orElseGet(() -> grid(file, bytes));
        return table(file, grid, allowedColumns);
    }

    /** The first sheet's name and its rows, each with its 1-based number and its cells up to its last (one past the column limit at most), as text. */
    record Grid(String sheet, List<GridRow> rows) {
    }

    record GridRow(int number, String[] cells) {
    }

    /** The first sheet of a workbook, read by the spreadsheet library within the limits. */
    static Grid grid(String file, byte[] bytes) {
        checkZip(file, bytes);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw new InputException(file, 0, 0, "the workbook has no sheet");
            }
            Sheet sheet = book.getSheetAt(0);
            String source = file + "[" + SafeText.line(sheet.getSheetName()) + "]";
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new InputException(LIMIT, source, sheet.getLastRowNum() + 1, 0, "the sheet has more than " + MAX_ROWS + " rows", null);
            }
            List<GridRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                // One cell past the limit is enough for the table to say, at this row, that the row is too wide.
                rows.add(new GridRow(row.getRowNum() + 1, cells(row, Math.min(row.getLastCellNum(), MAX_COLUMNS + 1))));
            }
            return new Grid(sheet.getSheetName(), rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(file, 0, 0, "cannot read the workbook: " + e.getMessage(), e);
        }
    }

    /** The table of a sheet: its first row the header, blank rows left out, each row as wide as the header. */
    private static CsvTable table(String file, Grid grid, Set<String> allowedColumns) {
        String source = file + "[" + SafeText.line(grid.sheet()) + "]";
        List<String> header = null;
        List<CsvTable.Row> rows = new ArrayList<>();
        for (GridRow row : grid.rows()) {
            if (row.cells().length > MAX_COLUMNS) {
                throw new InputException(LIMIT, source, row.number(), MAX_COLUMNS + 1, "a row has more than " + MAX_COLUMNS + " columns", null);
            }
            String[] cells = header == null ? row.cells() : Arrays.copyOf(row.cells(), header.size());
            for (int i = row.cells().length; i < cells.length; i++) {
                cells[i] = "";
            }
            CsvTable.checkCells(source, row.number(), cells);
            if (header == null) {
                header = CsvTable.header(source, row.number(), cells, allowedColumns);
                continue;
            }
            if (Arrays.stream(cells).allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new CsvTable.Row(source, row.number(), header, cells));
        }
        if (header == null) {
            throw new InputException(source, 1, 1, "the sheet has no header row");
        }
        return CsvTable.of(source, header, rows);
    }

    private static void checkZip(String file, byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new InputException(LIMIT, file, 0, 0, "the workbook has more than " + MAX_ENTRIES + " parts", null);
                }
                long size = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    size += n;
                    if (total + size > MAX_UNCOMPRESSED) {
                        throw new InputException(LIMIT, file, 0, 0, "the workbook inflates to more than " + MAX_UNCOMPRESSED
                                + " bytes (at part " + SafeText.quote(e.getName()) + ")", null);
                    }
                }
                total += size;
                long compressed = e.getCompressedSize();
                if (size > RATIO_FLOOR && compressed >= 0 && size > compressed * MAX_RATIO) {
                    throw new InputException(LIMIT, file, 0, 0, "part " + SafeText.quote(e.getName()) + " inflates " + size + " bytes from "
                            + compressed + ", more than " + MAX_RATIO + " times: a zip bomb, not a list", null);
                }
            }
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "cannot read the workbook: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new InputException(file, 0, 0, "cannot read the workbook: not an XLSX (zip) file", null);
        }
    }

    private static String[] cells(Row row, int width) {
        String[] out = new String[Math.max(width, 0)];
        for (int i = 0; i < out.length; i++) {
            Cell c = row.getCell(i);
            out[i] = c == null ? "" : text(c);
        }
        return out;
    }

    private static String text(Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue().trim();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }
}

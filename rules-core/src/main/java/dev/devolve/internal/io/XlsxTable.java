package dev.devolve.internal.io;

import dev.devolve.api.InputException;
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

/**
 * Reads the first sheet of an XLSX workbook as a table with a header row. Every cell is read as the
 * text a person sees: numbers without a trailing {@code .0}, dates as {@code YYYY-MM-DD}. Errors
 * name the workbook and sheet ({@code list.xlsx[list]}), the row and the column.
 */
public final class XlsxTable {

    private XlsxTable() {
    }

    public static CsvTable read(String file, byte[] bytes, Set<String> allowedColumns) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw new InputException(file, 0, 0, "the workbook has no sheet");
            }
            Sheet sheet = book.getSheetAt(0);
            String source = file + "[" + sheet.getSheetName() + "]";
            List<String> header = null;
            List<CsvTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                String[] cells = cells(row, header == null ? row.getLastCellNum() : header.size());
                if (header == null) {
                    header = CsvTable.header(source, row.getRowNum() + 1, cells, allowedColumns);
                    continue;
                }
                if (Arrays.stream(cells).allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new CsvTable.Row(source, row.getRowNum() + 1, header, cells));
            }
            if (header == null) {
                throw new InputException(source, 1, 1, "the sheet has no header row");
            }
            return CsvTable.of(source, header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(file, 0, 0, "cannot read the workbook: " + e.getMessage(), e);
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

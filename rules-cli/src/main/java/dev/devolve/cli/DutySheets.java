package dev.devolve.cli;

import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyLists;
import dev.devolve.error.SafeText;
import dev.devolve.model.DutyList;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a township's lists as a workbook in the published layout: one sheet per list (basic:
 * 序号, 领域, 事项名称, 依据; supporting: 序号, 事项名称, 牵头部门, 部门职责, 乡镇（街道）配合职责; recalled:
 * 序号, 事项名称, 承接部门), and a fourth sheet of duties whose facts are missing, when there are any.
 * The department's and the township's parts of a supporting duty are written from a template (the
 * catalog does not hold them): a county replaces them with its own wording.
 */
final class DutySheets {

    static final String BASIC = "基本履职事项";
    static final String SUPPORTING = "配合履职事项";
    static final String RECALLED = "上级部门收回事项";
    static final String MISSING = "事实不足事项";

    private DutySheets() {
    }

    static void write(DutyLists lists, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            sheet(book, BASIC, List.of("序号", "领域", "事项名称", "依据"), lists.on(DutyList.BASIC), d -> List.of(
                    d.duty().getField() == null ? "" : d.duty().getField().zh(), name(d), String.join("；", d.citations())));
            sheet(book, SUPPORTING, List.of("序号", "事项名称", "牵头部门", "部门职责", "乡镇（街道）配合职责"), lists.on(DutyList.SUPPORTING),
                    d -> List.of(name(d), lead(d), lead(d) + "牵头负责" + name(d) + "，对工作整体负责",
                            "配合" + lead(d) + "做好" + name(d) + "，及时发现和报告问题，协助处置"));
            sheet(book, RECALLED, List.of("序号", "事项名称", "承接部门"), lists.on(DutyList.RECALLED), d -> List.of(name(d), lead(d)));
            List<DutyDecision> missing = lists.on(DutyList.INSUFFICIENT_FACTS);
            if (!missing.isEmpty()) {
                sheet(book, MISSING, List.of("序号", "事项名称", "缺少事实"), missing, d -> List.of(name(d), String.join("、", d.missing())));
            }
            book.write(out);
        }
    }

    private static void sheet(XSSFWorkbook book, String title, List<String> header, List<DutyDecision> rows,
                              Function<DutyDecision, List<String>> cells) {
        Sheet s = book.createSheet(title);
        Row h = s.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            h.createCell(i).setCellValue(header.get(i));
        }
        int n = 0;
        for (DutyDecision d : rows) {
            Row r = s.createRow(++n);
            r.createCell(0).setCellValue(n);
            List<String> values = cells.apply(d);
            for (int i = 0; i < values.size(); i++) {
                r.createCell(i + 1).setCellValue(SafeText.csvText(values.get(i)));
            }
        }
    }

    private static String name(DutyDecision d) {
        return d.duty().getName() == null ? d.duty().getCode() : d.duty().getName();
    }

    private static String lead(DutyDecision d) {
        return d.lead().orElse("");
    }
}

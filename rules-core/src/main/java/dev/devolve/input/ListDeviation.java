package dev.devolve.input;

import dev.devolve.model.DutyList;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyFinding;
import dev.devolve.model.Township;

import java.util.List;
import java.util.Optional;

/**
 * A published list row that places a duty on another list than the duty tests give ({@code LIST_DEVIATES}):
 * both lists, and the tests' reasons. The published list stands; the deviation is for a person to review.
 *
 * @param township the township
 * @param tested   the duty tests' decision
 * @param row      the published row
 */
public record ListDeviation(Township township, DutyDecision tested, PublishedDutyList.Row row) {

    public DutyList published() {
        return row.list();
    }

    public DutyList byTests() {
        return tested.list();
    }

    /** The rules that decided the tests' list. */
    public List<String> reasons() {
        return tested.reasons();
    }

    /** The finding, as a duty or admission decision carries findings. */
    public DutyFinding finding() {
        String en = "the published list (" + row.document() + ", " + row.location() + ") puts " + tested.duty().getCode() + " on "
                + published() + "; the tests give " + byTests() + " (" + String.join(", ", reasons()) + "): "
                + tested.explanation().summaryEn();
        String zh = "公布的清单（" + row.document() + "，" + row.location() + "）将 " + tested.duty().getCode() + " 列为"
                + published().zh() + "；按标准应为" + byTests().zh() + "（" + String.join("、", reasons()) + "）："
                + tested.explanation().summaryZh();
        return new DutyFinding(DutyFinding.LIST_DEVIATES, Optional.empty(), Optional.empty(),
                row.document().isEmpty() ? List.of() : List.of(row.document()), zh, en);
    }
}

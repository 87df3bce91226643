package dev.devolve.result;

import dev.devolve.model.DutyList;
import dev.devolve.model.Township;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A township's three duty lists (履职事项清单) on a date: every catalog duty with its list and
 * explanation, written as {@code devolve.duties/1} by the output layer.
 *
 * @param township  the township
 * @param asOf      the date decided for
 * @param decisions one per catalog duty, in catalog order
 * @param packs     the packs that decided
 */
public record DutyLists(Township township, LocalDate asOf, List<DutyDecision> decisions, List<PackInfo> packs) {

    public DutyLists {
        decisions = List.copyOf(decisions);
        packs = List.copyOf(packs);
    }

    /** How many duties are on each list, zeros included (ERROR only when a decision was cut short). */
    public Map<DutyList, Integer> counts() {
        Map<DutyList, Integer> counts = new EnumMap<>(DutyList.class);
        for (DutyList l : DutyList.values()) {
            if (l != DutyList.ERROR) {
                counts.put(l, 0);
            }
        }
        decisions.forEach(d -> counts.merge(d.list(), 1, Integer::sum));
        return counts;
    }

    /** The decisions on one list, in catalog order. */
    public List<DutyDecision> on(DutyList list) {
        return decisions.stream().filter(d -> d.list() == list).toList();
    }
}

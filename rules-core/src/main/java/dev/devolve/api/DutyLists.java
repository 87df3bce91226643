package dev.devolve.api;

import dev.devolve.internal.io.Json;
import dev.devolve.model.DutyList;
import dev.devolve.model.Township;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A township's three duty lists (履职事项清单) on a date: every catalog duty with its list and
 * explanation. {@link #toJson()} writes {@code devolve.duties/1}.
 *
 * @param township  the township
 * @param asOf      the date decided for
 * @param decisions one per catalog duty, in catalog order
 * @param packs     the packs that decided
 */
public record DutyLists(Township township, LocalDate asOf, List<DutyDecision> decisions, List<PackInfo> packs) {

    /** The schema id written in every duty-lists document. */
    public static final String SCHEMA = "devolve.duties/1";

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

    public String toJson() {
        return toJson(List.of());
    }

    /** The document with the deviations of a published list from these lists, as LIST_DEVIATES findings. */
    public String toJson(List<ListDeviation> deviations) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("schema", SCHEMA);
        a.put("asOf", asOf);
        a.put("township", Decision.townshipDocument(township));
        a.put("counts", counts());
        List<Object> ds = new ArrayList<>();
        decisions.forEach(d -> ds.add(d.toDocument()));
        a.put("duties", ds);
        a.put("findings", deviations.stream().map(d -> AdmissionDecision.findingDocument(d.finding())).toList());
        a.put("packs", Decision.packsDocument(packs));
        return Json.pretty(a);
    }
}

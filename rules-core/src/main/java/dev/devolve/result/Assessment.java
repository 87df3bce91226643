package dev.devolve.result;

import dev.devolve.internal.io.Json;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A township against its whole catalog (一乡一清单): one decision per matter, in catalog order.
 * {@link #toJson()} writes {@code devolve.assessment/1}, whose {@code decisions} are each a
 * {@code devolve.decision/1} document.
 *
 * @param township  the township
 * @param asOf      the date decided for
 * @param decisions one per catalog matter
 */
public record Assessment(Township township, LocalDate asOf, List<Decision> decisions) {

    /** The schema id written in every assessment document. */
    public static final String SCHEMA = "devolve.assessment/1";

    public Assessment {
        decisions = List.copyOf(decisions);
    }

    /** How many matters came out with each outcome, in precedence order, zeros included. */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        decisions.forEach(d -> counts.merge(d.outcome(), 1, Integer::sum));
        return counts;
    }

    /** The cost and county transfer of each delegated or eligible matter, totals, and unfunded mandates. */
    public FiscalSummary fiscal() {
        return FiscalSummary.of(decisions);
    }

    public String toJson() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("schema", SCHEMA);
        a.put("asOf", asOf);
        a.put("township", Decision.townshipDocument(township));
        a.put("counts", counts());
        FiscalSummary f = fiscal();
        Map<String, Object> fs = new LinkedHashMap<>();
        List<Object> items = new ArrayList<>();
        for (FiscalSummary.Item i : f.items()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("matter", i.matterCode());
            im.put("name", i.matterName());
            im.put("outcome", i.outcome());
            im.putAll(Decision.fiscalDocument(i.fiscal()));
            items.add(im);
        }
        fs.put("items", items);
        fs.put("totalCost", f.totalCost());
        fs.put("totalTownshipPart", f.totalTownship());
        fs.put("totalCountyTransfer", f.totalTransfer());
        fs.put("mandates", f.mandates().stream().map(Decision::mandateDocument).toList());
        fs.put("totalUnfunded", f.totalUnfunded());
        a.put("fiscal", fs);
        List<Object> ds = new ArrayList<>();
        decisions.forEach(d -> ds.add(d.toDocument()));
        a.put("decisions", ds);
        return Json.pretty(a);
    }
}

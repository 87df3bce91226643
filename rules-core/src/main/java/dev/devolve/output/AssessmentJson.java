package dev.devolve.output;

import dev.devolve.model.Level;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
import dev.devolve.result.FiscalSplit;
import dev.devolve.result.FiscalSummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A township's assessment against a catalog as {@code devolve.assessment/1}, and a shared service's
 * split as {@code devolve.split/1}; both carry their parts as a decision document does.
 */
public final class AssessmentJson {

    private AssessmentJson() {
    }

    /** The assessment as a {@code devolve.assessment/1} JSON document. */
    public static String toJson(Assessment assessment) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("schema", Assessment.SCHEMA);
        a.put("asOf", assessment.asOf());
        a.put("township", DecisionJson.township(assessment.township()));
        a.put("counts", assessment.counts());
        FiscalSummary f = assessment.fiscal();
        Map<String, Object> fs = new LinkedHashMap<>();
        List<Object> items = new ArrayList<>();
        for (FiscalSummary.Item i : f.items()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("matter", i.matterCode());
            im.put("name", i.matterName());
            im.put("outcome", i.outcome());
            im.putAll(DecisionJson.fiscal(i.fiscal()));
            items.add(im);
        }
        fs.put("items", items);
        fs.put("totalCost", f.totalCost());
        fs.put("totalTownshipPart", f.totalTownship());
        fs.put("totalCountyTransfer", f.totalTransfer());
        fs.put("mandates", f.mandates().stream().map(DecisionJson::mandate).toList());
        fs.put("totalUnfunded", f.totalUnfunded());
        a.put("fiscal", fs);
        List<Object> ds = new ArrayList<>();
        for (Decision d : assessment.decisions()) {
            ds.add(DecisionJson.toDocument(d));
        }
        a.put("decisions", ds);
        return Json.pretty(a);
    }

    /** The split as a {@code devolve.split/1} JSON document. */
    public static String toJson(FiscalSplit split) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", FiscalSplit.SCHEMA);
        d.put("asOf", split.asOf());
        d.put("township", DecisionJson.township(split.township()));
        Map<String, Object> s = new LinkedHashMap<>();
        split.service().facts().forEach((k, v) -> s.put(k.substring("service.".length()), v));
        d.put("service", s);
        d.put("tier", split.tier());
        d.put("factorFormula", split.factorFormula());
        d.put("shares", byLevel(split.shares()));
        d.put("amounts", byLevel(split.amounts()));
        d.put("explanation", DecisionJson.explanation(split.explanation()));
        d.put("diagnostics", DecisionJson.diagnostics(split.diagnostics()));
        d.put("packs", DecisionJson.packs(split.packs()));
        return Json.pretty(d);
    }

    private static Map<String, Object> byLevel(Map<Level, BigDecimal> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Level l : Level.values()) {
            if (values.containsKey(l)) {
                out.put(l.word(), values.get(l));
            }
        }
        return out;
    }
}

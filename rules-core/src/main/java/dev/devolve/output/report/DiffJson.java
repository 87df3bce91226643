package dev.devolve.output.report;

import dev.devolve.diff.ImpactReport;
import dev.devolve.output.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/** What changes between two versions of the packs ({@link ImpactReport}) as {@code devolve.diff/1}. */
public final class DiffJson {

    private DiffJson() {
    }

    /** The report as a {@code devolve.diff/1} JSON document. */
    public static String toJson(ImpactReport r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", ImpactReport.SCHEMA);
        d.put("asOf", r.asOf());
        d.put("townships", r.townships());
        d.put("decisions", r.decisions());
        d.put("changed", r.changed());
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("base", r.baseErrors());
        errors.put("head", r.headErrors());
        d.put("errors", errors);
        d.put("transitions", r.transitions());
        d.put("byProvince", r.byProvince());
        d.put("byKind", r.byKind());
        d.put("byMatter", r.byMatter());
        d.put("examples", r.examples().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("township", e.township());
            m.put("townshipName", e.townshipName());
            m.put("matter", e.matter());
            m.put("matterName", e.matterName());
            m.put("base", side(e.base(), e.baseSummaryZh(), e.baseSummaryEn()));
            m.put("head", side(e.head(), e.headSummaryZh(), e.headSummaryEn()));
            return m;
        }).toList());
        Map<String, Object> fiscal = new LinkedHashMap<>();
        fiscal.put("baseCountyTransfer", r.baseTransfer());
        fiscal.put("headCountyTransfer", r.headTransfer());
        fiscal.put("delta", r.transferDelta());
        d.put("fiscal", fiscal);
        d.put("basePacks", r.basePacks().stream().map(p -> p.id() + " " + p.version() + " " + p.contentHash()).toList());
        d.put("headPacks", r.headPacks().stream().map(p -> p.id() + " " + p.version() + " " + p.contentHash()).toList());
        return Json.pretty(d);
    }

    /** {@code {outcome, summary: {zh, en}}}, in that order. */
    private static Map<String, Object> side(String outcome, String zh, String en) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("zh", zh);
        summary.put("en", en);
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("outcome", outcome);
        side.put("summary", summary);
        return side;
    }
}

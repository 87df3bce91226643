package dev.devolve.diff;

import dev.devolve.output.Json;
import dev.devolve.result.PackInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changes between two versions of the packs over a population of townships.
 *
 * @param asOf            the date decided for
 * @param townships       townships decided
 * @param decisions       (township, matter) pairs decided by each version
 * @param transitions     changed pairs by transition, e.g. {@code ELIGIBLE → DELEGATE}, most first
 * @param byProvince      per transition, changed pairs by 2-digit province code
 * @param byKind          per transition, changed pairs by kind of township
 * @param byMatter        per transition, changed pairs by matter code
 * @param examples        a few changed pairs per transition, with both explanations
 * @param baseTransfer    total county transfers under the base version
 * @param headTransfer    total county transfers under the head version
 * @param baseErrors      decisions the base version cut short (outcome ERROR)
 * @param headErrors      decisions the head version cut short (outcome ERROR)
 * @param basePacks       the base version's packs
 * @param headPacks       the head version's packs
 */
public record ImpactReport(LocalDate asOf, long townships, long decisions, Map<String, Long> transitions,
                           Map<String, Map<String, Long>> byProvince, Map<String, Map<String, Long>> byKind,
                           Map<String, Map<String, Long>> byMatter, List<Example> examples, BigDecimal baseTransfer,
                           BigDecimal headTransfer, long baseErrors, long headErrors, List<PackInfo> basePacks, List<PackInfo> headPacks) {

    /** The schema id of {@link #toJson()}. */
    public static final String SCHEMA = "devolve.diff/1";

    /** One changed pair, explained by each version. */
    public record Example(String township, String townshipName, String matter, String matterName, String base, String head,
                          String baseSummaryZh, String baseSummaryEn, String headSummaryZh, String headSummaryEn) {
    }

    /** Changed pairs in all. */
    public long changed() {
        return transitions.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Decisions either version cut short. */
    public long errors() {
        return baseErrors + headErrors;
    }

    public BigDecimal transferDelta() {
        return headTransfer.subtract(baseTransfer);
    }

    public String toJson() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", SCHEMA);
        d.put("asOf", asOf);
        d.put("townships", townships);
        d.put("decisions", decisions);
        d.put("changed", changed());
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("base", baseErrors);
        errors.put("head", headErrors);
        d.put("errors", errors);
        d.put("transitions", transitions);
        d.put("byProvince", byProvince);
        d.put("byKind", byKind);
        d.put("byMatter", byMatter);
        d.put("examples", examples.stream().map(e -> {
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
        fiscal.put("baseCountyTransfer", baseTransfer);
        fiscal.put("headCountyTransfer", headTransfer);
        fiscal.put("delta", transferDelta());
        d.put("fiscal", fiscal);
        d.put("basePacks", basePacks.stream().map(p -> p.id() + " " + p.version() + " " + p.contentHash()).toList());
        d.put("headPacks", headPacks.stream().map(p -> p.id() + " " + p.version() + " " + p.contentHash()).toList());
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

package dev.devolve.diff;

import dev.devolve.result.PackInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    /** The schema id of the report as JSON ({@link dev.devolve.output.report.DiffJson}). */
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
}

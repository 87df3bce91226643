package dev.devolve.review;

import dev.devolve.model.ReviewOutcome;
import dev.devolve.model.Township;
import dev.devolve.model.UsageFinding;
import dev.devolve.result.Review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a usage sheet's review came to: rows by outcome and by the rule that decided them, by
 * township kind and by matter field, the powers reviewed that the township did not hold, and the
 * townships with at least one power whose evaluation is overdue. It grows with the vocabulary and
 * the townships, not with the rows. Not thread-safe: one summary per run.
 */
public final class ReviewSummary {

    /** A township with powers overdue for evaluation. */
    public record Overdue(String township, String name, String kind, int powers) {
    }

    private int rows;
    private int notHeld;
    private int errors;
    private final Map<ReviewOutcome, Integer> byOutcome = new EnumMap<>(ReviewOutcome.class);
    private final Map<ReviewOutcome, Map<String, Integer>> byReason = new EnumMap<>(ReviewOutcome.class);
    private final Map<String, Map<ReviewOutcome, Integer>> byKind = new TreeMap<>();
    private final Map<String, Map<ReviewOutcome, Integer>> byField = new TreeMap<>();
    private final Map<String, Overdue> overdue = new TreeMap<>();

    /** Counts one review. */
    public void add(Review r) {
        rows++;
        ReviewOutcome o = r.outcome();
        byOutcome.merge(o, 1, Integer::sum);
        List<String> reasons = r.isError() ? List.of(r.error().map(d -> d.code()).orElse("ERROR")) : r.reasons();
        Map<String, Integer> reasonCounts = byReason.computeIfAbsent(o, k -> new TreeMap<>());
        reasons.forEach(reason -> reasonCounts.merge(reason, 1, Integer::sum));
        Township t = r.township();
        byKind.computeIfAbsent(word(t.getKind()), k -> new EnumMap<>(ReviewOutcome.class)).merge(o, 1, Integer::sum);
        byField.computeIfAbsent(word(r.matter().getField()), k -> new EnumMap<>(ReviewOutcome.class)).merge(o, 1, Integer::sum);
        if (r.findings().contains(UsageFinding.Kind.POWER_NOT_HELD)) {
            notHeld++;
        }
        if (r.isError()) {
            errors++;
        }
        if (r.findings().contains(UsageFinding.Kind.EVALUATION_OVERDUE)) {
            overdue.merge(t.getCode(), new Overdue(t.getCode(), t.getName() == null ? "" : t.getName(), word(t.getKind()), 1),
                    (a, b) -> new Overdue(a.township(), a.name(), a.kind(), a.powers() + 1));
        }
    }

    private static String word(Enum<?> e) {
        return e == null ? "UNKNOWN" : e.name();
    }

    public int rows() { return rows; }
    public int notHeld() { return notHeld; }
    /** Rows whose review was cut short (outcome ERROR). */
    public int errors() { return errors; }

    /** Rows by outcome, in precedence order. */
    public Map<ReviewOutcome, Integer> byOutcome() {
        return Collections.unmodifiableMap(byOutcome);
    }

    /** Rows by outcome and deciding rule (a row decided by two rules counts under each); ERROR rows by their diagnostic code. */
    public Map<ReviewOutcome, Map<String, Integer>> byReason() {
        return Collections.unmodifiableMap(byReason);
    }

    /** Rows by township kind, then outcome. */
    public Map<String, Map<ReviewOutcome, Integer>> byKind() {
        return Collections.unmodifiableMap(byKind);
    }

    /** Rows by matter field, then outcome. */
    public Map<String, Map<ReviewOutcome, Integer>> byField() {
        return Collections.unmodifiableMap(byField);
    }

    /** Townships with at least one power overdue for evaluation, by code. */
    public List<Overdue> overdue() {
        return List.copyOf(overdue.values());
    }

    /** The summary as ordered maps and lists, ready for JSON. */
    public Map<String, Object> toDocument() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("rows", rows);
        d.put("byOutcome", byOutcome);
        d.put("byReason", byReason);
        d.put("byKind", byKind);
        d.put("byField", byField);
        d.put("notHeld", notHeld);
        d.put("errors", errors);
        List<Object> list = new ArrayList<>();
        for (Overdue o : overdue.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("township", o.township());
            m.put("name", o.name());
            m.put("kind", o.kind());
            m.put("powers", o.powers());
            list.add(m);
        }
        d.put("overdue", list);
        return d;
    }
}

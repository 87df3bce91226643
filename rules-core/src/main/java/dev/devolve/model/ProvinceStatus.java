package dev.devolve.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fact rules match on for the province's position on one matter, on the decision's date.
 * The engine inserts one per matter; without a province context it reports no decision.
 */
public final class ProvinceStatus {

    private final String matterCode;
    private final ProvinceContext context;
    private final LocalDate asOf;

    public ProvinceStatus(String matterCode, ProvinceContext context, LocalDate asOf) {
        this.matterCode = matterCode;
        this.context = context;
        this.asOf = asOf;
    }

    public String getMatterCode() { return matterCode; }
    public ProvinceContext getContext() { return context; }

    /** @deprecated use {@link #getContext()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public ProvinceContext context() { return getContext(); }

    public boolean isDecisionPublished() { return context.isDecisionPublished(); }
    public LocalDate getDecisionDate() { return context.getDecisionDate().orElse(null); }
    public Set<TownshipKind> getListedFor() { return context.getListedFor(); }
    public LocalDate getRecalledOn() { return context.getRecalledOn().orElse(null); }

    /** A published decision whose date is on or before the as-of date. */
    public boolean isInForce() {
        return context.isDecisionPublished() && !context.getDecisionDate().orElseThrow().isAfter(asOf);
    }

    /** A published decision whose date is after the as-of date. */
    public boolean isNotYetInForce() {
        return context.isDecisionPublished() && context.getDecisionDate().orElseThrow().isAfter(asOf);
    }

    /** Recalled on or before the as-of date. */
    public boolean isRecalled() {
        return context.getRecalledOn().map(d -> !d.isAfter(asOf)).orElse(false);
    }

    /** Whether the list holds the matter for this kind of township. */
    public boolean lists(TownshipKind kind) {
        return kind != null && context.getListedFor().contains(kind);
    }

    /** In force, listed for this kind and not recalled: the province hands the matter down. */
    public boolean handsDown(TownshipKind kind) {
        return isInForce() && lists(kind) && !isRecalled();
    }

    /**
     * Handed over under APL2021 art.24: handed down by the province and the as-of date is on or
     * after the day that route opened ({@code handover.available_from}, 2021-07-15).
     */
    public boolean handedOverUnderArt24(TownshipKind kind, LocalDate routeOpens) {
        return handsDown(kind) && !asOf.isBefore(routeOpens);
    }

    /** Facts by path ({@code province.decisionDate} …). */
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("province.decisionPublished", context.isDecisionPublished());
        m.put("province.decisionDate", getDecisionDate());
        m.put("province.listedFor", context.getListedFor());
        m.put("province.recalledOn", getRecalledOn());
        m.put("province.document", context.getDocument().orElse(null));
        return m;
    }
}

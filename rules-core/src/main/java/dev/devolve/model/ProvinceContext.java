package dev.devolve.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the province has decided about one matter (APL2021 art.24: the province decides and
 * publishes): whether a decision is published, from when it is in force, for which kinds of
 * township its list holds the matter, and whether the matter was recalled.
 *
 * <pre>{@code
 * ProvinceContext p = ProvinceContext.published(LocalDate.of(2022, 1, 1), Set.of(TownshipKind.TOWN));
 * }</pre>
 */
public final class ProvinceContext {

    /** No provincial decision at all. */
    public static final ProvinceContext NONE = new ProvinceContext(false, null, Set.of(), null, null);

    private final boolean decisionPublished;
    private final LocalDate decisionDate;
    private final Set<TownshipKind> listedFor;
    private final LocalDate recalledOn;
    private final String document;

    /**
     * @param decisionPublished whether a provincial decision is published
     * @param decisionDate      from when it is in force; required when published
     * @param listedFor         kinds of township whose list holds the matter
     * @param recalledOn        when the matter was recalled, or {@code null}
     * @param document          the decision's document number, or {@code null}
     */
    public ProvinceContext(boolean decisionPublished, LocalDate decisionDate, Set<TownshipKind> listedFor,
                           LocalDate recalledOn, String document) {
        if (decisionPublished && decisionDate == null) {
            throw new IllegalArgumentException("province.decisionDate is required when province.decisionPublished is true");
        }
        this.decisionPublished = decisionPublished;
        this.decisionDate = decisionDate;
        this.listedFor = listedFor == null || listedFor.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(TownshipKind.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(listedFor));
        this.recalledOn = recalledOn;
        this.document = document;
    }

    /** A published decision in force from {@code date} that lists the matter for {@code kinds}. */
    public static ProvinceContext published(LocalDate date, Set<TownshipKind> kinds) {
        return new ProvinceContext(true, date, kinds, null, null);
    }

    public boolean isDecisionPublished() { return decisionPublished; }
    public Optional<LocalDate> getDecisionDate() { return Optional.ofNullable(decisionDate); }
    public Set<TownshipKind> getListedFor() { return listedFor; }
    public Optional<LocalDate> getRecalledOn() { return Optional.ofNullable(recalledOn); }
    public Optional<String> getDocument() { return Optional.ofNullable(document); }

    /** @deprecated use {@link #getDecisionDate()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public Optional<LocalDate> decisionDate() { return getDecisionDate(); }

    /** @deprecated use {@link #getListedFor()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public Set<TownshipKind> listedFor() { return getListedFor(); }

    /** @deprecated use {@link #getRecalledOn()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public Optional<LocalDate> recalledOn() { return getRecalledOn(); }

    /** @deprecated use {@link #getDocument()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public Optional<String> document() { return getDocument(); }

    /** A copy recalled on the given date. */
    public ProvinceContext recalled(LocalDate date) {
        return new ProvinceContext(decisionPublished, decisionDate, listedFor, date, document);
    }

    /** A copy naming the decision's document number. */
    public ProvinceContext withDocument(String doc) {
        return new ProvinceContext(decisionPublished, decisionDate, listedFor, recalledOn, doc);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProvinceContext p && decisionPublished == p.decisionPublished
                && Objects.equals(decisionDate, p.decisionDate) && listedFor.equals(p.listedFor)
                && Objects.equals(recalledOn, p.recalledOn) && Objects.equals(document, p.document);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decisionPublished, decisionDate, listedFor, recalledOn, document);
    }

    @Override
    public String toString() {
        return "ProvinceContext{published=" + decisionPublished + ", date=" + decisionDate + ", listedFor=" + listedFor
                + ", recalledOn=" + recalledOn + ", document=" + document + "}";
    }
}

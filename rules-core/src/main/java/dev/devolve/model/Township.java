package dev.devolve.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A township-level unit (乡镇、街道) and the facts known about it.
 *
 * <p>Immutable. A fact that is not known is {@code null}; rules that need it report it as missing
 * ({@code township.certifiedOfficers}) instead of guessing. {@link #classes()} is never null: an
 * absent set means the township belongs to no class. Facts that were generated rather than observed
 * are listed in {@link #getSyntheticFacts()} so every output can label them.
 *
 * <pre>{@code
 * Township t = Township.builder().code("330122101").enforcementTeam(true).certifiedOfficers(6).build();
 * }</pre>
 */
public final class Township {

    private final FactValues values;
    private final Set<String> syntheticFacts;
    /** Read for every matter a rule decides, so worked out once: the facts never change. */
    private final List<String> missing;
    /** Every fact by its path, built when an explanation first names one and kept: a national list holds 41,352 townships. */
    private volatile Map<String, Object> facts;

    private Township(Builder b) {
        this.values = b.values.copy();
        String code = get(TownshipFacts.CODE);
        if (get(TownshipFacts.KIND) == null && code != null) {
            values.set(TownshipFacts.KIND, TownshipKind.fromCode(code, get(TownshipFacts.NAME)));
        }
        this.syntheticFacts = Collections.unmodifiableSet(new TreeSet<>(b.syntheticFacts));
        this.missing = values.missing();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this township's facts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values = values.copy();
        b.syntheticFacts.addAll(syntheticFacts);
        return b;
    }

    public String getCode() { return get(TownshipFacts.CODE); }
    public String getName() { return get(TownshipFacts.NAME); }
    public TownshipKind getKind() { return get(TownshipFacts.KIND); }
    public Set<TownshipClass> getClasses() { return get(TownshipFacts.CLASSES); }
    public Integer getPopulation() { return get(TownshipFacts.POPULATION); }
    public Boolean getEnforcementTeam() { return get(TownshipFacts.ENFORCEMENT_TEAM); }
    public Integer getCertifiedOfficers() { return get(TownshipFacts.CERTIFIED_OFFICERS); }
    public Integer getLegalReviewers() { return get(TownshipFacts.LEGAL_REVIEWERS); }
    public Boolean getServiceCentre() { return get(TownshipFacts.SERVICE_CENTRE); }
    public Boolean getCapacityAssessed() { return get(TownshipFacts.CAPACITY_ASSESSED); }
    public Boolean getCountyManagedFinance() { return get(TownshipFacts.COUNTY_MANAGED_FINANCE); }
    public BigDecimal getOwnRevenue() { return get(TownshipFacts.OWN_REVENUE); }
    public Set<TownshipObject> getObjects() { return get(TownshipFacts.OBJECTS); }

    /** The value of one of its facts ({@link TownshipFacts}); {@code null} when not known. */
    public <V> V get(FactField<V> fact) {
        return values.get(fact);
    }

    /** The paths of its facts that are not known, among those a rule needing them reports missing. */
    public List<String> getMissing() {
        return missing;
    }

    /** @deprecated use {@link #getClasses()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public Set<TownshipClass> classes() { return getClasses(); }

    /** Whether the township belongs to the given class. */
    public boolean hasClass(TownshipClass c) {
        return getClasses().contains(c);
    }

    /** Whether it is an economically developed town or a county sub-centre (the MEDIUM-demand test). */
    public boolean isDevelopedOrSubcentre() {
        return hasClass(TownshipClass.ECONOMICALLY_DEVELOPED_TOWN) || hasClass(TownshipClass.COUNTY_SUBCENTRE);
    }

    /** Names ({@code township.population} …) of the facts that were generated, not observed. */
    public Set<String> getSyntheticFacts() { return syntheticFacts; }

    /** @deprecated use {@link #getSyntheticFacts()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public Set<String> syntheticFacts() { return getSyntheticFacts(); }

    /** The first 6 digits of the code: the county. Empty when there is no code. */
    public String getCountyCode() {
        return getCode() == null ? "" : getCode().substring(0, 6);
    }

    /** @deprecated use {@link #getCountyCode()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public String countyCode() { return getCountyCode(); }

    /** The first 2 digits of the code: the province. Empty when there is no code. */
    public String getProvinceCode() {
        return getCode() == null ? "" : getCode().substring(0, 2);
    }

    /** @deprecated use {@link #getProvinceCode()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public String provinceCode() { return getProvinceCode(); }

    /** Every fact by its path ({@code township.kind} …), in declaration order and unmodifiable; unknown facts map to {@code null}. */
    public Map<String, Object> facts() {
        Map<String, Object> m = facts;
        if (m == null) {
            m = Collections.unmodifiableMap(values.byPath());
            facts = m;
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Township t && values.equals(t.values) && syntheticFacts.equals(t.syntheticFacts);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Township" + facts();
    }

    /** Builds a {@link Township}; every setter accepts {@code null} for "not known". */
    public static final class Builder {
        private FactValues values = new FactValues(TownshipFacts.TABLE);
        private final Set<String> syntheticFacts = new TreeSet<>();

        private Builder() {
        }

        /** @throws IllegalArgumentException when the code is not 9 or 12 digits */
        public Builder code(String code) {
            if (code != null) {
                TownshipKind.fromCode(code, null);
            }
            values.set(TownshipFacts.CODE, code);
            return this;
        }

        public Builder name(String name) { values.set(TownshipFacts.NAME, name); return this; }
        public Builder kind(TownshipKind kind) { values.set(TownshipFacts.KIND, kind); return this; }
        public Builder classes(Set<TownshipClass> classes) { return set(TownshipFacts.CLASSES, classes); }
        public Builder population(Integer v) { return set(TownshipFacts.POPULATION, v); }
        public Builder enforcementTeam(Boolean v) { return set(TownshipFacts.ENFORCEMENT_TEAM, v); }
        public Builder certifiedOfficers(Integer v) { return set(TownshipFacts.CERTIFIED_OFFICERS, v); }
        public Builder legalReviewers(Integer v) { return set(TownshipFacts.LEGAL_REVIEWERS, v); }
        public Builder serviceCentre(Boolean v) { return set(TownshipFacts.SERVICE_CENTRE, v); }
        public Builder capacityAssessed(Boolean v) { return set(TownshipFacts.CAPACITY_ASSESSED, v); }
        public Builder countyManagedFinance(Boolean v) { return set(TownshipFacts.COUNTY_MANAGED_FINANCE, v); }
        public Builder ownRevenue(BigDecimal v) { return set(TownshipFacts.OWN_REVENUE, v); }
        public Builder objects(Set<TownshipObject> v) { return set(TownshipFacts.OBJECTS, v); }

        /**
         * Sets one of its facts ({@link TownshipFacts}); {@code null} for "not known". The value is
         * observed: the fact is no longer marked synthetic.
         *
         * @throws IllegalArgumentException when the value is not one the fact takes (a negative count …)
         */
        public <V> Builder set(FactField<V> fact, V value) {
            if (fact == TownshipFacts.CODE) {
                return code((String) value);
            }
            values.set(fact, value);
            syntheticFacts.remove(fact.path());
            return this;
        }

        /**
         * Marks facts (by path, e.g. {@code township.population}) as generated rather than observed.
         * A later setter of one of them marks it observed again.
         */
        public Builder synthetic(Set<String> paths) {
            this.syntheticFacts.addAll(paths);
            return this;
        }

        public Township build() {
            return new Township(this);
        }
    }
}

package dev.devolve.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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

    private final String code;
    private final String name;
    private final TownshipKind kind;
    private final Set<TownshipClass> classes;
    private final Integer population;
    private final Boolean enforcementTeam;
    private final Integer certifiedOfficers;
    private final Integer legalReviewers;
    private final Boolean serviceCentre;
    private final Boolean capacityAssessed;
    private final Boolean countyManagedFinance;
    private final BigDecimal ownRevenue;
    private final Set<TownshipObject> objects;
    private final Set<String> syntheticFacts;

    private Township(Builder b) {
        this.code = b.code;
        this.name = b.name;
        this.kind = b.kind != null ? b.kind : (b.code != null ? TownshipKind.fromCode(b.code, b.name) : null);
        this.classes = Collections.unmodifiableSet(b.classes.isEmpty()
                ? EnumSet.noneOf(TownshipClass.class) : EnumSet.copyOf(b.classes));
        this.population = b.population;
        this.enforcementTeam = b.enforcementTeam;
        this.certifiedOfficers = b.certifiedOfficers;
        this.legalReviewers = b.legalReviewers;
        this.serviceCentre = b.serviceCentre;
        this.capacityAssessed = b.capacityAssessed;
        this.countyManagedFinance = b.countyManagedFinance;
        this.ownRevenue = b.ownRevenue;
        this.objects = b.objects == null ? null : Collections.unmodifiableSet(b.objects.isEmpty()
                ? EnumSet.noneOf(TownshipObject.class) : EnumSet.copyOf(b.objects));
        this.syntheticFacts = Collections.unmodifiableSet(new TreeSet<>(b.syntheticFacts));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this township's facts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.name = name;
        b.kind = kind;
        b.classes.addAll(classes);
        b.population = population;
        b.enforcementTeam = enforcementTeam;
        b.certifiedOfficers = certifiedOfficers;
        b.legalReviewers = legalReviewers;
        b.serviceCentre = serviceCentre;
        b.capacityAssessed = capacityAssessed;
        b.countyManagedFinance = countyManagedFinance;
        b.ownRevenue = ownRevenue;
        b.objects = objects;
        b.syntheticFacts.addAll(syntheticFacts);
        return b;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public TownshipKind getKind() { return kind; }
    public Set<TownshipClass> getClasses() { return classes; }
    public Integer getPopulation() { return population; }
    public Boolean getEnforcementTeam() { return enforcementTeam; }
    public Integer getCertifiedOfficers() { return certifiedOfficers; }
    public Integer getLegalReviewers() { return legalReviewers; }
    public Boolean getServiceCentre() { return serviceCentre; }
    public Boolean getCapacityAssessed() { return capacityAssessed; }
    public Boolean getCountyManagedFinance() { return countyManagedFinance; }
    public BigDecimal getOwnRevenue() { return ownRevenue; }

    /** What exists in the township for duties to act on; {@code null} when not known (then a duty with objects misses it). */
    public Set<TownshipObject> getObjects() { return objects; }

    /** @deprecated use {@link #getClasses()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public Set<TownshipClass> classes() { return getClasses(); }

    /** Whether the township belongs to the given class. */
    public boolean hasClass(TownshipClass c) {
        return classes.contains(c);
    }

    /** Whether it is an economically developed town or a county sub-centre (the MEDIUM-demand test). */
    public boolean isDevelopedOrSubcentre() {
        return classes.contains(TownshipClass.ECONOMICALLY_DEVELOPED_TOWN) || classes.contains(TownshipClass.COUNTY_SUBCENTRE);
    }

    /** Names ({@code township.population} …) of the facts that were generated, not observed. */
    public Set<String> getSyntheticFacts() { return syntheticFacts; }

    /** @deprecated use {@link #getSyntheticFacts()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public Set<String> syntheticFacts() { return getSyntheticFacts(); }

    /** The first 6 digits of the code: the county. Empty when there is no code. */
    public String getCountyCode() {
        return code == null ? "" : code.substring(0, 6);
    }

    /** @deprecated use {@link #getCountyCode()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public String countyCode() { return getCountyCode(); }

    /** The first 2 digits of the code: the province. Empty when there is no code. */
    public String getProvinceCode() {
        return code == null ? "" : code.substring(0, 2);
    }

    /** @deprecated use {@link #getProvinceCode()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public String provinceCode() { return getProvinceCode(); }

    /** Every fact by its path ({@code township.kind} …); unknown facts map to {@code null}. */
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("township.code", code);
        m.put("township.name", name);
        m.put("township.kind", kind);
        m.put("township.classes", classes);
        m.put("township.population", population);
        m.put("township.enforcementTeam", enforcementTeam);
        m.put("township.certifiedOfficers", certifiedOfficers);
        m.put("township.legalReviewers", legalReviewers);
        m.put("township.serviceCentre", serviceCentre);
        m.put("township.capacityAssessed", capacityAssessed);
        m.put("township.countyManagedFinance", countyManagedFinance);
        m.put("township.ownRevenue", ownRevenue);
        m.put("township.objects", objects);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Township t && facts().equals(t.facts()) && syntheticFacts.equals(t.syntheticFacts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, kind, certifiedOfficers);
    }

    @Override
    public String toString() {
        return "Township" + facts();
    }

    /** Builds a {@link Township}; every setter accepts {@code null} for "not known". */
    public static final class Builder {
        private String code;
        private String name;
        private TownshipKind kind;
        private final Set<TownshipClass> classes = EnumSet.noneOf(TownshipClass.class);
        private Integer population;
        private Boolean enforcementTeam;
        private Integer certifiedOfficers;
        private Integer legalReviewers;
        private Boolean serviceCentre;
        private Boolean capacityAssessed;
        private Boolean countyManagedFinance;
        private BigDecimal ownRevenue;
        private Set<TownshipObject> objects;
        private final Set<String> syntheticFacts = new TreeSet<>();

        private Builder() {
        }

        /** @throws IllegalArgumentException when the code is not 9 or 12 digits */
        public Builder code(String code) {
            if (code != null) {
                TownshipKind.fromCode(code, null);
            }
            this.code = code;
            return this;
        }

        public Builder name(String name) { this.name = name; return this; }
        public Builder kind(TownshipKind kind) { this.kind = kind; return this; }

        public Builder classes(Set<TownshipClass> classes) {
            this.classes.clear();
            if (classes != null) {
                this.classes.addAll(classes);
            }
            return observed("classes");
        }

        public Builder population(Integer population) { this.population = nonNegative("population", population); return observed("population"); }
        public Builder enforcementTeam(Boolean v) { this.enforcementTeam = v; return observed("enforcementTeam"); }
        public Builder certifiedOfficers(Integer v) { this.certifiedOfficers = nonNegative("certifiedOfficers", v); return observed("certifiedOfficers"); }
        public Builder legalReviewers(Integer v) { this.legalReviewers = nonNegative("legalReviewers", v); return observed("legalReviewers"); }
        public Builder serviceCentre(Boolean v) { this.serviceCentre = v; return observed("serviceCentre"); }
        public Builder capacityAssessed(Boolean v) { this.capacityAssessed = v; return observed("capacityAssessed"); }
        public Builder countyManagedFinance(Boolean v) { this.countyManagedFinance = v; return observed("countyManagedFinance"); }

        public Builder ownRevenue(BigDecimal v) {
            if (v != null && v.signum() < 0) {
                throw new IllegalArgumentException("township.ownRevenue must not be negative: " + Decimals.describe(v));
            }
            this.ownRevenue = v;
            return observed("ownRevenue");
        }

        /** What exists in the township for duties to act on; {@code null} for "not known", empty for "none". */
        public Builder objects(Set<TownshipObject> v) {
            this.objects = v == null ? null : EnumSet.copyOf(v.isEmpty() ? EnumSet.noneOf(TownshipObject.class) : v);
            return observed("objects");
        }

        /** Setting a fact gives its observed value: it is no longer marked synthetic. */
        private Builder observed(String field) {
            syntheticFacts.remove("township." + field);
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

        private static Integer nonNegative(String field, Integer v) {
            if (v != null && v < 0) {
                throw new IllegalArgumentException("township." + field + " must not be negative: " + v);
            }
            return v;
        }
    }
}

package dev.devolve.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * A county-level power or service (事项) that might be handed down to townships.
 *
 * <p>Immutable. A fact that is not known is {@code null}; the five exception flags
 * ({@code restrictsPersonalFreedom}, {@code majorPenalty}, {@code nonTerritorial},
 * {@code reservedToCounty}, {@code statutoryTownshipPower}) default to {@code false} because they
 * mark exceptions. {@code basis} is the matter's own legal basis, cited when the township already
 * holds the power by statute.
 *
 * <pre>{@code
 * Matter m = Matter.builder().code("UM-001").category(MatterCategory.PENALTY)
 *         .field(MatterField.URBAN_MANAGEMENT).facesPublic(true).build();
 * }</pre>
 */
public final class Matter {

    private final FactValues values;
    /** Read for every township a rule decides the matter for, so worked out once: the facts never change. */
    private final List<String> missing;

    /** Every fact by its path, read for each decision's explanation, so built once. */
    private final Map<String, Object> facts;

    private Matter(Builder b) {
        this.values = b.values.copy();
        this.missing = values.missing();
        Map<String, Object> m = new LinkedHashMap<>();
        values.byPath().forEach((path, value) -> {
            if (path.equals(MatterFacts.BASIS.path())) {
                m.put("matter.annualCost", getAnnualCost());
            }
            m.put(path, value);
        });
        this.facts = Collections.unmodifiableMap(m);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this matter's facts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values = values.copy();
        return b;
    }

    public String getCode() { return get(MatterFacts.CODE); }
    public String getName() { return get(MatterFacts.NAME); }
    public String getDepartment() { return get(MatterFacts.DEPARTMENT); }
    public MatterCategory getCategory() { return get(MatterFacts.CATEGORY); }
    public MatterField getField() { return get(MatterFacts.FIELD); }
    public Boolean getFacesPublic() { return get(MatterFacts.FACES_PUBLIC); }
    public BigDecimal getAnnualCases() { return get(MatterFacts.ANNUAL_CASES); }
    public BigDecimal getSpread() { return get(MatterFacts.SPREAD); }
    public ProfessionalDemand getProfessionalDemand() { return get(MatterFacts.PROFESSIONAL_DEMAND); }
    public boolean isRestrictsPersonalFreedom() { return get(MatterFacts.RESTRICTS_PERSONAL_FREEDOM); }
    public boolean isMajorPenalty() { return get(MatterFacts.MAJOR_PENALTY); }
    public boolean isNonTerritorial() { return get(MatterFacts.NON_TERRITORIAL); }
    public boolean isReservedToCounty() { return get(MatterFacts.RESERVED_TO_COUNTY); }
    public boolean isStatutoryTownshipPower() { return get(MatterFacts.STATUTORY_TOWNSHIP_POWER); }
    public BigDecimal getUnitCost() { return get(MatterFacts.UNIT_COST); }
    public String getBasis() { return get(MatterFacts.BASIS); }

    /** The value of one of its facts ({@link MatterFacts}); {@code null} when not known. */
    public <V> V get(FactField<V> fact) {
        return values.get(fact);
    }

    /** The paths of its facts that are not known, among those a rule needing them reports missing. */
    public List<String> getMissing() {
        return missing;
    }

    /** Penalty, inspection or coercive measure; false when the category is unknown. */
    public boolean isEnforcement() {
        return getCategory() != null && getCategory().isEnforcement();
    }

    /** Whether the category is known and is not an enforcement category. */
    public boolean isNonEnforcement() {
        return getCategory() != null && !getCategory().isEnforcement();
    }

    /** {@code annualCases × unitCost}, or {@code null} when either is unknown. */
    public BigDecimal getAnnualCost() {
        return getAnnualCases() == null || getUnitCost() == null ? null : getAnnualCases().multiply(getUnitCost());
    }

    /** Whether the annual cost is known and above zero. */
    public boolean hasCost() {
        BigDecimal c = getAnnualCost();
        return c != null && c.signum() > 0;
    }

    /** Every fact by its path ({@code matter.category} …), in declaration order and unmodifiable; unknown facts map to {@code null}. */
    public Map<String, Object> facts() {
        return facts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matter other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Matter" + facts();
    }

    /** Builds a {@link Matter}; every setter of a boxed value accepts {@code null} for "not known". */
    public static final class Builder {
        private FactValues values = new FactValues(MatterFacts.TABLE);

        private Builder() {
        }

        public Builder code(String v) { return set(MatterFacts.CODE, v); }
        public Builder name(String v) { return set(MatterFacts.NAME, v); }
        public Builder department(String v) { return set(MatterFacts.DEPARTMENT, v); }
        public Builder category(MatterCategory v) { return set(MatterFacts.CATEGORY, v); }
        public Builder field(MatterField v) { return set(MatterFacts.FIELD, v); }
        public Builder facesPublic(Boolean v) { return set(MatterFacts.FACES_PUBLIC, v); }
        public Builder annualCases(BigDecimal v) { return set(MatterFacts.ANNUAL_CASES, v); }
        public Builder spread(BigDecimal v) { return set(MatterFacts.SPREAD, v); }
        public Builder professionalDemand(ProfessionalDemand v) { return set(MatterFacts.PROFESSIONAL_DEMAND, v); }
        public Builder restrictsPersonalFreedom(boolean v) { return set(MatterFacts.RESTRICTS_PERSONAL_FREEDOM, v); }
        public Builder majorPenalty(boolean v) { return set(MatterFacts.MAJOR_PENALTY, v); }
        public Builder nonTerritorial(boolean v) { return set(MatterFacts.NON_TERRITORIAL, v); }
        public Builder reservedToCounty(boolean v) { return set(MatterFacts.RESERVED_TO_COUNTY, v); }
        public Builder statutoryTownshipPower(boolean v) { return set(MatterFacts.STATUTORY_TOWNSHIP_POWER, v); }
        public Builder unitCost(BigDecimal v) { return set(MatterFacts.UNIT_COST, v); }
        public Builder basis(String v) { return set(MatterFacts.BASIS, v); }

        /**
         * Sets one of its facts ({@link MatterFacts}); {@code null} for "not known" (for the
         * exception flags: {@code false}).
         *
         * @throws IllegalArgumentException when the value is not one the fact takes (a negative amount, a spread above 1 …)
         */
        public <V> Builder set(FactField<V> fact, V value) {
            if (fact == MatterFacts.SPREAD && value instanceof BigDecimal v && (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException("matter.spread must be between 0 and 1: " + Decimals.describe(v));
            }
            values.set(fact, value);
            return this;
        }

        public Matter build() {
            return new Matter(this);
        }
    }
}

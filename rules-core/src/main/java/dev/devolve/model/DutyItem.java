package dev.devolve.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A township duty (履职事项): something a township does, and the facts that decide which of its
 * three lists it is on ({@link DutyFacts}). Named apart from {@link Duty}, which is the cost of a
 * matter a county places on a township.
 *
 * <p>Immutable. A fact that is not known is {@code null} ({@code accountability},
 * {@code professionalDemand}, {@code exercisesPerYear}, {@code leadDepartment}); rules that need it
 * report it missing. {@code legalLead} defaults to {@link LegalLead#NONE}, the three flags to false
 * and {@code objects} to none (found anywhere). {@code matter} is the delegation-catalog code of the
 * power the duty exercises, when it exercises one.
 *
 * <pre>{@code
 * DutyItem d = DutyItem.builder().code("X-1").field(DutyField.WATER).countyLeads(true)
 *         .leadDepartment("县水利局").accountability(Accountability.TOWNSHIP).build();
 * }</pre>
 */
public final class DutyItem {

    private final FactValues values;
    /** Every fact by its path, read for each township's explanation of the duty, so built once. */
    private final Map<String, Object> facts;

    private DutyItem(Builder b) {
        this.values = b.values.copy();
        if (get(DutyFacts.LEGAL_LEAD) == null) {
            values.set(DutyFacts.LEGAL_LEAD, LegalLead.NONE);
        }
        this.facts = Collections.unmodifiableMap(values.byPath());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this duty's facts, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values = values.copy();
        return b;
    }

    public String getCode() { return get(DutyFacts.CODE); }
    public String getName() { return get(DutyFacts.NAME); }
    public DutyField getField() { return get(DutyFacts.FIELD); }
    public LegalLead getLegalLead() { return get(DutyFacts.LEGAL_LEAD); }
    public String getBasis() { return get(DutyFacts.BASIS); }
    public String getLeadDepartment() { return get(DutyFacts.LEAD_DEPARTMENT); }
    public boolean isCountyLeads() { return get(DutyFacts.COUNTY_LEADS); }
    public boolean isStationedAgency() { return get(DutyFacts.STATIONED_AGENCY); }
    public Accountability getAccountability() { return get(DutyFacts.ACCOUNTABILITY); }
    public ProfessionalDemand getProfessionalDemand() { return get(DutyFacts.PROFESSIONAL_DEMAND); }
    public Set<TownshipObject> getObjects() { return get(DutyFacts.OBJECTS); }
    public BigDecimal getExercisesPerYear() { return get(DutyFacts.EXERCISES_PER_YEAR); }
    public boolean isAssessmentOnly() { return get(DutyFacts.ASSESSMENT_ONLY); }
    public String getMatter() { return get(DutyFacts.MATTER); }

    /** The value of one of its facts ({@link DutyFacts}); {@code null} when not known. */
    public <V> V get(FactField<V> fact) {
        return values.get(fact);
    }

    /** Whether the duty acts on objects, and none of them is in the township (known to have {@code present}). */
    public boolean hasNoObjectIn(Set<TownshipObject> present) {
        return !getObjects().isEmpty() && present != null && Collections.disjoint(getObjects(), present);
    }

    /** Every fact by its path ({@code duty.field} …), in declaration order and unmodifiable; unknown facts map to {@code null}. */
    public Map<String, Object> facts() {
        return facts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DutyItem d && values.equals(d.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "DutyItem" + facts();
    }

    /** Builds a {@link DutyItem}; every setter accepts {@code null} for "not known". */
    public static final class Builder {
        private FactValues values = new FactValues(DutyFacts.TABLE);

        private Builder() {
        }

        public Builder code(String v) { return set(DutyFacts.CODE, v); }
        public Builder name(String v) { return set(DutyFacts.NAME, v); }
        public Builder field(DutyField v) { return set(DutyFacts.FIELD, v); }
        public Builder legalLead(LegalLead v) { return set(DutyFacts.LEGAL_LEAD, v); }
        public Builder basis(String v) { return set(DutyFacts.BASIS, v); }
        public Builder leadDepartment(String v) { return set(DutyFacts.LEAD_DEPARTMENT, v); }
        public Builder countyLeads(boolean v) { return set(DutyFacts.COUNTY_LEADS, v); }
        public Builder stationedAgency(boolean v) { return set(DutyFacts.STATIONED_AGENCY, v); }
        public Builder accountability(Accountability v) { return set(DutyFacts.ACCOUNTABILITY, v); }
        public Builder professionalDemand(ProfessionalDemand v) { return set(DutyFacts.PROFESSIONAL_DEMAND, v); }
        public Builder objects(Set<TownshipObject> v) { return set(DutyFacts.OBJECTS, v); }
        public Builder exercisesPerYear(BigDecimal v) { return set(DutyFacts.EXERCISES_PER_YEAR, v); }
        public Builder assessmentOnly(boolean v) { return set(DutyFacts.ASSESSMENT_ONLY, v); }
        public Builder matter(String v) { return set(DutyFacts.MATTER, v); }

        /**
         * Sets one of its facts ({@link DutyFacts}); {@code null} for "not known" (false or none for a
         * flag or the objects).
         *
         * @throws IllegalArgumentException when the value is not one the fact takes (a negative number of times, text too long)
         */
        public <V> Builder set(FactField<V> fact, V value) {
            if (value instanceof BigDecimal d && d.signum() < 0) {
                throw new IllegalArgumentException(fact.path() + " must not be negative: " + Decimals.describe(d));
            }
            values.setBounded(fact, value);
            return this;
        }

        public DutyItem build() {
            return new DutyItem(this);
        }
    }
}

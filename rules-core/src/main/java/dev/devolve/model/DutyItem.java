package dev.devolve.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A township duty (履职事项): something a township does, and the facts that decide which of its
 * three lists it is on. Named apart from {@link Duty}, which is the cost of a matter a county places
 * on a township.
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

    private final String code;
    private final String name;
    private final DutyField field;
    private final LegalLead legalLead;
    private final String basis;
    private final String leadDepartment;
    private final boolean countyLeads;
    private final boolean stationedAgency;
    private final Accountability accountability;
    private final ProfessionalDemand professionalDemand;
    private final Set<TownshipObject> objects;
    private final BigDecimal exercisesPerYear;
    private final boolean assessmentOnly;
    private final String matter;

    private DutyItem(Builder b) {
        this.code = b.code;
        this.name = b.name;
        this.field = b.field;
        this.legalLead = b.legalLead != null ? b.legalLead : LegalLead.NONE;
        this.basis = b.basis;
        this.leadDepartment = b.leadDepartment;
        this.countyLeads = b.countyLeads;
        this.stationedAgency = b.stationedAgency;
        this.accountability = b.accountability;
        this.professionalDemand = b.professionalDemand;
        this.objects = Collections.unmodifiableSet(b.objects.isEmpty() ? EnumSet.noneOf(TownshipObject.class) : EnumSet.copyOf(b.objects));
        this.exercisesPerYear = b.exercisesPerYear;
        this.assessmentOnly = b.assessmentOnly;
        this.matter = b.matter;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this duty's facts, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().code(code).name(name).field(field).legalLead(legalLead).basis(basis).leadDepartment(leadDepartment)
                .countyLeads(countyLeads).stationedAgency(stationedAgency).accountability(accountability)
                .professionalDemand(professionalDemand).objects(objects).exercisesPerYear(exercisesPerYear)
                .assessmentOnly(assessmentOnly).matter(matter);
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public DutyField getField() { return field; }
    public LegalLead getLegalLead() { return legalLead; }
    public String getBasis() { return basis; }
    public String getLeadDepartment() { return leadDepartment; }
    public boolean isCountyLeads() { return countyLeads; }
    public boolean isStationedAgency() { return stationedAgency; }
    public Accountability getAccountability() { return accountability; }
    public ProfessionalDemand getProfessionalDemand() { return professionalDemand; }
    public Set<TownshipObject> getObjects() { return objects; }
    public BigDecimal getExercisesPerYear() { return exercisesPerYear; }
    public boolean isAssessmentOnly() { return assessmentOnly; }
    public String getMatter() { return matter; }

    /** Whether the duty acts on objects, and none of them is in the township (known to have {@code present}). */
    public boolean hasNoObjectIn(Set<TownshipObject> present) {
        return !objects.isEmpty() && present != null && Collections.disjoint(objects, present);
    }

    /** Every fact by its path ({@code duty.field} …); unknown facts map to {@code null}. */
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("duty.code", code);
        m.put("duty.name", name);
        m.put("duty.field", field);
        m.put("duty.legalLead", legalLead);
        m.put("duty.basis", basis);
        m.put("duty.leadDepartment", leadDepartment);
        m.put("duty.countyLeads", countyLeads);
        m.put("duty.stationedAgency", stationedAgency);
        m.put("duty.accountability", accountability);
        m.put("duty.professionalDemand", professionalDemand);
        m.put("duty.objects", objects);
        m.put("duty.exercisesPerYear", exercisesPerYear);
        m.put("duty.assessmentOnly", assessmentOnly);
        m.put("duty.matter", matter);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DutyItem d && facts().equals(d.facts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, field, matter);
    }

    @Override
    public String toString() {
        return "DutyItem" + facts();
    }

    /** Builds a {@link DutyItem}; every setter accepts {@code null} for "not known". */
    public static final class Builder {
        private String code;
        private String name;
        private DutyField field;
        private LegalLead legalLead;
        private String basis;
        private String leadDepartment;
        private boolean countyLeads;
        private boolean stationedAgency;
        private Accountability accountability;
        private ProfessionalDemand professionalDemand;
        private final Set<TownshipObject> objects = EnumSet.noneOf(TownshipObject.class);
        private BigDecimal exercisesPerYear;
        private boolean assessmentOnly;
        private String matter;

        private Builder() {
        }

        public Builder code(String v) { this.code = Problem.bounded("duty code", v); return this; }
        public Builder name(String v) { this.name = Problem.bounded("duty name", v); return this; }
        public Builder field(DutyField v) { this.field = v; return this; }
        public Builder legalLead(LegalLead v) { this.legalLead = v; return this; }
        public Builder basis(String v) { this.basis = Problem.bounded("duty basis", v); return this; }
        public Builder leadDepartment(String v) { this.leadDepartment = Problem.bounded("duty lead department", v); return this; }
        public Builder countyLeads(boolean v) { this.countyLeads = v; return this; }
        public Builder stationedAgency(boolean v) { this.stationedAgency = v; return this; }
        public Builder accountability(Accountability v) { this.accountability = v; return this; }
        public Builder professionalDemand(ProfessionalDemand v) { this.professionalDemand = v; return this; }
        public Builder assessmentOnly(boolean v) { this.assessmentOnly = v; return this; }
        public Builder matter(String v) { this.matter = Problem.bounded("duty matter", v); return this; }

        public Builder objects(Set<TownshipObject> v) {
            this.objects.clear();
            if (v != null) {
                this.objects.addAll(v);
            }
            return this;
        }

        /** @throws IllegalArgumentException when negative or out of bounds */
        public Builder exercisesPerYear(BigDecimal v) {
            if (v != null && v.signum() < 0) {
                throw new IllegalArgumentException("duty.exercisesPerYear must not be negative: " + Decimals.describe(v));
            }
            this.exercisesPerYear = Decimals.bounded("duty.exercisesPerYear", v);
            return this;
        }

        public DutyItem build() {
            return new DutyItem(this);
        }
    }
}

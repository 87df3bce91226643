package dev.devolve.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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

    private final String code;
    private final String name;
    private final String department;
    private final MatterCategory category;
    private final MatterField field;
    private final Boolean facesPublic;
    private final BigDecimal annualCases;
    private final BigDecimal spread;
    private final ProfessionalDemand professionalDemand;
    private final boolean restrictsPersonalFreedom;
    private final boolean majorPenalty;
    private final boolean nonTerritorial;
    private final boolean reservedToCounty;
    private final boolean statutoryTownshipPower;
    private final BigDecimal unitCost;
    private final String basis;

    private Matter(Builder b) {
        this.code = b.code;
        this.name = b.name;
        this.department = b.department;
        this.category = b.category;
        this.field = b.field;
        this.facesPublic = b.facesPublic;
        this.annualCases = b.annualCases;
        this.spread = b.spread;
        this.professionalDemand = b.professionalDemand;
        this.restrictsPersonalFreedom = b.restrictsPersonalFreedom;
        this.majorPenalty = b.majorPenalty;
        this.nonTerritorial = b.nonTerritorial;
        this.reservedToCounty = b.reservedToCounty;
        this.statutoryTownshipPower = b.statutoryTownshipPower;
        this.unitCost = b.unitCost;
        this.basis = b.basis;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this matter's facts, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().code(code).name(name).department(department).category(category).field(field)
                .facesPublic(facesPublic).annualCases(annualCases).spread(spread).professionalDemand(professionalDemand)
                .restrictsPersonalFreedom(restrictsPersonalFreedom).majorPenalty(majorPenalty)
                .nonTerritorial(nonTerritorial).reservedToCounty(reservedToCounty)
                .statutoryTownshipPower(statutoryTownshipPower).unitCost(unitCost).basis(basis);
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getDepartment() { return department; }
    public MatterCategory getCategory() { return category; }
    public MatterField getField() { return field; }
    public Boolean getFacesPublic() { return facesPublic; }
    public BigDecimal getAnnualCases() { return annualCases; }
    public BigDecimal getSpread() { return spread; }
    public ProfessionalDemand getProfessionalDemand() { return professionalDemand; }
    public boolean isRestrictsPersonalFreedom() { return restrictsPersonalFreedom; }
    public boolean isMajorPenalty() { return majorPenalty; }
    public boolean isNonTerritorial() { return nonTerritorial; }
    public boolean isReservedToCounty() { return reservedToCounty; }
    public boolean isStatutoryTownshipPower() { return statutoryTownshipPower; }
    public BigDecimal getUnitCost() { return unitCost; }
    public String getBasis() { return basis; }

    /** Penalty, inspection or coercive measure; false when the category is unknown. */
    public boolean isEnforcement() {
        return category != null && category.isEnforcement();
    }

    /** Whether the category is known and is not an enforcement category. */
    public boolean isNonEnforcement() {
        return category != null && !category.isEnforcement();
    }

    /** {@code annualCases × unitCost}, or {@code null} when either is unknown. */
    public BigDecimal getAnnualCost() {
        return annualCases == null || unitCost == null ? null : annualCases.multiply(unitCost);
    }

    /** Whether the annual cost is known and above zero. */
    public boolean hasCost() {
        BigDecimal c = getAnnualCost();
        return c != null && c.signum() > 0;
    }

    /** Every fact by its path ({@code matter.category} …); unknown facts map to {@code null}. */
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matter.code", code);
        m.put("matter.name", name);
        m.put("matter.department", department);
        m.put("matter.category", category);
        m.put("matter.field", field);
        m.put("matter.facesPublic", facesPublic);
        m.put("matter.annualCases", annualCases);
        m.put("matter.spread", spread);
        m.put("matter.professionalDemand", professionalDemand);
        m.put("matter.restrictsPersonalFreedom", restrictsPersonalFreedom);
        m.put("matter.majorPenalty", majorPenalty);
        m.put("matter.nonTerritorial", nonTerritorial);
        m.put("matter.reservedToCounty", reservedToCounty);
        m.put("matter.statutoryTownshipPower", statutoryTownshipPower);
        m.put("matter.unitCost", unitCost);
        m.put("matter.annualCost", getAnnualCost());
        m.put("matter.basis", basis);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matter other && facts().equals(other.facts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, category, field);
    }

    @Override
    public String toString() {
        return "Matter" + facts();
    }

    /** Builds a {@link Matter}; every setter of a boxed value accepts {@code null} for "not known". */
    public static final class Builder {
        private String code;
        private String name;
        private String department;
        private MatterCategory category;
        private MatterField field;
        private Boolean facesPublic;
        private BigDecimal annualCases;
        private BigDecimal spread;
        private ProfessionalDemand professionalDemand;
        private boolean restrictsPersonalFreedom;
        private boolean majorPenalty;
        private boolean nonTerritorial;
        private boolean reservedToCounty;
        private boolean statutoryTownshipPower;
        private BigDecimal unitCost;
        private String basis;

        private Builder() {
        }

        public Builder code(String v) { this.code = v; return this; }
        public Builder name(String v) { this.name = v; return this; }
        public Builder department(String v) { this.department = v; return this; }
        public Builder category(MatterCategory v) { this.category = v; return this; }
        public Builder field(MatterField v) { this.field = v; return this; }
        public Builder facesPublic(Boolean v) { this.facesPublic = v; return this; }

        public Builder annualCases(BigDecimal v) {
            if (v != null && v.signum() < 0) {
                throw new IllegalArgumentException("matter.annualCases must not be negative: " + Decimals.describe(v));
            }
            this.annualCases = v;
            return this;
        }

        public Builder spread(BigDecimal v) {
            if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException("matter.spread must be between 0 and 1: " + Decimals.describe(v));
            }
            this.spread = v;
            return this;
        }

        public Builder professionalDemand(ProfessionalDemand v) { this.professionalDemand = v; return this; }
        public Builder restrictsPersonalFreedom(boolean v) { this.restrictsPersonalFreedom = v; return this; }
        public Builder majorPenalty(boolean v) { this.majorPenalty = v; return this; }
        public Builder nonTerritorial(boolean v) { this.nonTerritorial = v; return this; }
        public Builder reservedToCounty(boolean v) { this.reservedToCounty = v; return this; }
        public Builder statutoryTownshipPower(boolean v) { this.statutoryTownshipPower = v; return this; }

        public Builder unitCost(BigDecimal v) {
            if (v != null && v.signum() < 0) {
                throw new IllegalArgumentException("matter.unitCost must not be negative: " + Decimals.describe(v));
            }
            this.unitCost = v;
            return this;
        }

        public Builder basis(String v) { this.basis = v; return this; }

        public Matter build() {
            return new Matter(this);
        }
    }
}

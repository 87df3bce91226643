package dev.devolve.bench;

import dev.devolve.model.Matter;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.Mode;
import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.ProfessionalDemand;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipKind;
import dev.devolve.pack.Parameter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The reference semantics of the {@code national} and {@code fiscal} packs written by hand in plain
 * Java: no rule engine, no explanation. It is the speed limit Devolve is measured against, and a
 * second implementation that every decision of the national run is cross-checked with.
 */
public final class Baseline {

    /** What the baseline decides for one (township, matter). */
    public record Result(Outcome outcome, Optional<Mode> mode, EnumSet<Obligation> obligations, SortedSet<String> missing,
                         Optional<BigDecimal> countyTransfer) {
    }

    private final LocalDate asOf;
    private final BigDecimal minCases;
    private final BigDecimal minSpread;
    private final int minOfficers;
    private final int minReviewers;
    private final boolean majorStays;
    private final LocalDate handoverFrom;
    private final BigDecimal townshipShare;

    /** Reads the parameter values in force on {@code asOf}; {@code fiscal.township_share} may be absent. */
    public Baseline(Map<String, Parameter> parameters, LocalDate asOf) {
        this.asOf = asOf;
        this.minCases = (BigDecimal) value(parameters, "suitability.min_annual_cases");
        this.minSpread = (BigDecimal) value(parameters, "suitability.min_spread");
        this.minOfficers = ((BigDecimal) value(parameters, "capacity.min_certified_officers")).intValueExact();
        this.minReviewers = ((BigDecimal) value(parameters, "capacity.min_legal_reviewers")).intValueExact();
        this.majorStays = (Boolean) value(parameters, "penalty.major_stays_with_county");
        this.handoverFrom = (LocalDate) value(parameters, "handover.available_from");
        this.townshipShare = parameters.containsKey("fiscal.township_share")
                ? (BigDecimal) value(parameters, "fiscal.township_share") : null;
    }

    private Object value(Map<String, Parameter> parameters, String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException("the baseline needs parameter " + name);
        }
        return p.valueOn(asOf).orElseThrow(() -> new IllegalArgumentException(name + " has no value on " + asOf)).value();
    }

    public Result decide(Township t, Matter m, ProvinceContext province) {
        TownshipKind kind = t.getKind();
        ProvinceStatus ps = new ProvinceStatus(m.getCode(), province, asOf);
        EnumSet<Outcome> proposed = EnumSet.noneOf(Outcome.class);
        SortedSet<String> missing = new TreeSet<>();
        MatterCategory category = m.getCategory();
        boolean enforcement = m.isEnforcement();
        boolean other = m.isNonEnforcement();
        boolean handedOver = ps.handedOverUnderArt24(kind, handoverFrom);
        boolean frontWindow = false;

        if (m.isRestrictsPersonalFreedom()) {
            proposed.add(Outcome.PROHIBITED);
        }
        if (category == MatterCategory.COERCIVE_MEASURE && !handedOver) {
            proposed.add(Outcome.PROHIBITED);
        }
        if (m.isStatutoryTownshipPower()) {
            proposed.add(Outcome.ALREADY_TOWNSHIP);
        }
        if (m.isNonTerritorial()
                || m.isReservedToCounty() && !(category == MatterCategory.PENALTY && handedOver)
                || Boolean.FALSE.equals(m.getFacesPublic())
                || m.getAnnualCases() != null && m.getAnnualCases().compareTo(minCases) < 0
                || m.getSpread() != null && m.getSpread().compareTo(minSpread) < 0
                || m.getProfessionalDemand() == ProfessionalDemand.HIGH
                || m.isMajorPenalty() && majorStays
                || kind == TownshipKind.STREET && m.getField() != null && m.getField().isRural()) {
            proposed.add(Outcome.RETAIN);
        }
        if (m.getProfessionalDemand() == ProfessionalDemand.MEDIUM && !t.isDevelopedOrSubcentre()) {
            if (enforcement) {
                proposed.add(Outcome.RETAIN);
            } else if (other) {
                frontWindow = true;
            }
        }
        if (enforcement && (Boolean.FALSE.equals(t.getEnforcementTeam())
                || t.getCertifiedOfficers() != null && t.getCertifiedOfficers() < minOfficers
                || t.getLegalReviewers() != null && t.getLegalReviewers() < minReviewers
                || Boolean.FALSE.equals(t.getCapacityAssessed()))) {
            proposed.add(Outcome.RETAIN);
        }
        if (other && Boolean.FALSE.equals(t.getServiceCentre())) {
            proposed.add(Outcome.RETAIN);
        }
        missing(t, m, kind, enforcement, other, missing);
        if (kind != null && ps.isInForce() && !ps.lists(kind) || ps.isInForce() && ps.lists(kind) && ps.isRecalled()) {
            proposed.add(Outcome.RETAIN);
        }
        boolean blocked = proposed.stream().anyMatch(Outcome::isRestrictive) || !missing.isEmpty();
        if (!blocked) {
            if (ps.handsDown(kind)) {
                proposed.add(Outcome.DELEGATE);
            } else if (!ps.isDecisionPublished() || ps.isNotYetInForce()) {
                proposed.add(Outcome.ELIGIBLE);
            }
        }
        if (!missing.isEmpty()) {
            proposed.add(Outcome.INSUFFICIENT_FACTS);
        }
        Outcome outcome = proposed.isEmpty() ? Outcome.RETAIN : proposed.iterator().next();
        if (!outcome.isPositive()) {
            return new Result(outcome, Optional.empty(), EnumSet.noneOf(Obligation.class), missing, Optional.empty());
        }
        Mode mode = null;
        if (enforcement && outcome == Outcome.DELEGATE && !asOf.isBefore(handoverFrom)) {
            mode = Mode.HANDOVER;
        } else if (category == MatterCategory.PENALTY || category == MatterCategory.INSPECTION) {
            mode = Mode.ENTRUST;
        } else if (other) {
            mode = frontWindow ? Mode.FRONT_WINDOW : Mode.DIRECT;
        }
        EnumSet<Obligation> obligations = EnumSet.noneOf(Obligation.class);
        if (mode == Mode.HANDOVER) {
            obligations.addAll(EnumSet.of(Obligation.PUBLICATION, Obligation.PERIODIC_EVALUATION, Obligation.CAPACITY_BUILDING,
                    Obligation.SCOPE_AND_PROCEDURE, Obligation.COUNTY_SUPERVISION));
        } else if (mode == Mode.ENTRUST) {
            obligations.addAll(EnumSet.of(Obligation.WRITTEN_ENTRUSTMENT, Obligation.PUBLICATION, Obligation.ACT_IN_DEPARTMENT_NAME));
        }
        Optional<BigDecimal> transfer = Optional.empty();
        if (m.hasCost()) {
            obligations.add(Obligation.FUNDS_FOLLOW_MATTER);
            if (townshipShare != null) {
                BigDecimal cost = m.getAnnualCost();
                transfer = Optional.of(cost.subtract(cost.multiply(townshipShare).setScale(2, RoundingMode.HALF_EVEN)));
            }
        }
        return new Result(outcome, Optional.ofNullable(mode), obligations, missing, transfer);
    }

    private static void missing(Township t, Matter m, TownshipKind kind, boolean enforcement, boolean other, SortedSet<String> out) {
        if (kind == null) {
            out.add("township.kind");
        }
        if (m.getCategory() == null) {
            out.add("matter.category");
        }
        if (kind == TownshipKind.STREET && m.getField() == null) {
            out.add("matter.field");
        }
        if (m.getFacesPublic() == null) {
            out.add("matter.facesPublic");
        }
        if (m.getAnnualCases() == null) {
            out.add("matter.annualCases");
        }
        if (m.getSpread() == null) {
            out.add("matter.spread");
        }
        if (m.getProfessionalDemand() == null) {
            out.add("matter.professionalDemand");
        }
        if (enforcement) {
            if (t.getEnforcementTeam() == null) {
                out.add("township.enforcementTeam");
            }
            if (t.getCertifiedOfficers() == null) {
                out.add("township.certifiedOfficers");
            }
            if (t.getLegalReviewers() == null) {
                out.add("township.legalReviewers");
            }
            if (t.getCapacityAssessed() == null) {
                out.add("township.capacityAssessed");
            }
        }
        if (other && t.getServiceCentre() == null) {
            out.add("township.serviceCentre");
        }
    }
}

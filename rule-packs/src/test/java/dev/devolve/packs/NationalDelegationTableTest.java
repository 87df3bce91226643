package dev.devolve.packs;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.DecisionException;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.MatterField;
import dev.devolve.model.Mode;
import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.ProfessionalDemand;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipClass;
import dev.devolve.model.TownshipKind;
import dev.devolve.result.Change;
import dev.devolve.result.Decision;
import dev.devolve.testkit.RuleVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static dev.devolve.packs.Facts.AS_OF;
import static dev.devolve.packs.Facts.DECIDED;
import static dev.devolve.packs.Facts.licence;
import static dev.devolve.packs.Facts.listedForTownsAndStreets;
import static dev.devolve.packs.Facts.stallPenalty;
import static dev.devolve.packs.Facts.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every row of the delegation table in DECISIONS.md, in both directions, and the date edges. */
class NationalDelegationTableTest {

    private static PolicyEngine engine;
    private static RuleVerifier verify;

    @BeforeAll
    static void build() {
        engine = PolicyEngine.builder().pack("national").build();
        verify = RuleVerifier.of(engine);
    }

    private static Decision decide(Township t, Matter m, LocalDate asOf, ProvinceContext p) {
        DecisionRequest r = DecisionRequest.of(t, m, asOf);
        return engine.decide(p == null ? r : r.withProvince(p));
    }

    @Test
    void baselineIsDelegatedByHandoverWithItsObligations() {
        Decision d = decide(town().build(), stallPenalty().build(), AS_OF, listedForTownsAndStreets());
        assertThat(d.outcome()).isEqualTo(Outcome.DELEGATE);
        assertThat(d.mode()).contains(Mode.HANDOVER);
        assertThat(d.obligations()).containsExactly(Obligation.PUBLICATION, Obligation.PERIODIC_EVALUATION,
                Obligation.CAPACITY_BUILDING, Obligation.SCOPE_AND_PROCEDURE, Obligation.COUNTY_SUPERVISION,
                Obligation.FUNDS_FOLLOW_MATTER);
        assertThat(d.citations()).contains("APL2021 art.24", "豫政〔2025〕15号");
        assertThat(d.explanation().toChange()).isEmpty();
        assertThat(d.missing()).isEmpty();
    }

    @Nested
    class Bars {
        @Test
        void prohibitsPenaltiesRestrictingPersonalFreedom() {
            verify.given(town().build(), stallPenalty().restrictsPersonalFreedom(true).build(), AS_OF, listedForTownsAndStreets())
                    .fires("bar.personal_freedom").outcome(Outcome.PROHIBITED);
            verify.given(town().build(), stallPenalty().build(), AS_OF, listedForTownsAndStreets())
                    .doesNotFire("bar.personal_freedom");
        }

        @Test
        void prohibitsCoerciveMeasuresWithoutAProvincialHandover() {
            Matter seizure = stallPenalty().category(MatterCategory.COERCIVE_MEASURE).build();
            verify.given(town().build(), seizure, AS_OF).fires("bar.coercive_measure").outcome(Outcome.PROHIBITED);
            Decision listed = verify.given(town().build(), seizure, AS_OF, listedForTownsAndStreets())
                    .doesNotFire("bar.coercive_measure").outcome(Outcome.DELEGATE).decision();
            assertThat(listed.mode()).contains(Mode.HANDOVER);
        }

        @Test
        void coerciveMeasuresGoDownOnlyFromTheDayArticle24CameIntoForce() {
            Matter seizure = stallPenalty().category(MatterCategory.COERCIVE_MEASURE).build();
            ProvinceContext early = ProvinceContext.published(LocalDate.of(2021, 1, 1), Set.of(TownshipKind.TOWN));
            verify.given(town().build(), seizure, LocalDate.of(2021, 7, 14), early)
                    .fires("bar.coercive_measure").outcome(Outcome.PROHIBITED);
            verify.given(town().build(), seizure, LocalDate.of(2021, 7, 15), early)
                    .doesNotFire("bar.coercive_measure").outcome(Outcome.DELEGATE);
        }

        @Test
        void statutoryTownshipPowerIsAlreadyTheTownshipsAndCitesItsBasis() {
            Matter m = stallPenalty().statutoryTownshipPower(true).basis("《村庄和集镇规划建设管理条例》第三十七条").build();
            Decision d = verify.given(town().build(), m, AS_OF).fires("statutory.township_power")
                    .outcome(Outcome.ALREADY_TOWNSHIP).decision();
            assertThat(d.citations()).containsExactly("《村庄和集镇规划建设管理条例》第三十七条");
            verify.given(town().build(), stallPenalty().build(), AS_OF).doesNotFire("statutory.township_power");
        }

        @Test
        void mostRestrictiveWins() {
            Matter m = stallPenalty().restrictsPersonalFreedom(true).statutoryTownshipPower(true).nonTerritorial(true).build();
            Decision d = verify.given(town().build(), m, AS_OF).fires("bar.personal_freedom")
                    .fires("statutory.township_power").fires("keep.non_territorial").outcome(Outcome.PROHIBITED).decision();
            assertThat(d.explanation().decisive()).extracting("ruleId").containsExactly("bar.personal_freedom");
            assertThat(d.explanation().rules()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Nested
    class Keeps {
        @Test
        void retainsNonTerritorialFields() {
            verify.given(town().build(), stallPenalty().nonTerritorial(true).build(), AS_OF, listedForTownsAndStreets())
                    .fires("keep.non_territorial").outcome(Outcome.RETAIN);
            verify.given(town().build(), stallPenalty().build(), AS_OF, listedForTownsAndStreets()).doesNotFire("keep.non_territorial");
        }

        @Test
        void retainsPowersReservedToTheCountyUnlessAPenaltyIsHandedOverUnderArticle24() {
            verify.given(town().build(), licence().reservedToCounty(true).build(), AS_OF, listedForTownsAndStreets())
                    .fires("keep.reserved_to_county").outcome(Outcome.RETAIN);
            verify.given(town().build(), stallPenalty().reservedToCounty(true).build(), AS_OF, listedForTownsAndStreets())
                    .doesNotFire("keep.reserved_to_county").outcome(Outcome.DELEGATE);
            verify.given(town().build(), stallPenalty().reservedToCounty(true).build(), AS_OF)
                    .fires("keep.reserved_to_county").outcome(Outcome.RETAIN);
            ProvinceContext early = ProvinceContext.published(LocalDate.of(2020, 6, 1), Set.of(TownshipKind.TOWN));
            verify.given(town().build(), stallPenalty().reservedToCounty(true).build(), LocalDate.of(2021, 7, 14), early)
                    .fires("keep.reserved_to_county").outcome(Outcome.RETAIN);
        }

        @Test
        void retainsMattersThatDoNotFaceThePublic() {
            verify.given(town().build(), stallPenalty().facesPublic(false).build(), AS_OF)
                    .fires("keep.not_facing_public").outcome(Outcome.RETAIN);
            verify.given(town().build(), stallPenalty().facesPublic(true).build(), AS_OF).doesNotFire("keep.not_facing_public");
        }

        @Test
        void retainsLowVolumeMattersAndPassesAtTheThreshold() {
            Decision d = verify.given(town().build(), stallPenalty().annualCases(new BigDecimal("11")).build(), AS_OF)
                    .fires("keep.low_volume").outcome(Outcome.RETAIN).decision();
            assertThat(d.explanation().toChange()).extracting(Change::textEn)
                    .contains("matter.annualCases 11 < 12 (needs >= 12)");
            verify.given(town().build(), stallPenalty().annualCases(new BigDecimal("12")).build(), AS_OF)
                    .doesNotFire("keep.low_volume").outcome(Outcome.ELIGIBLE);
        }

        @Test
        void retainsNarrowSpreadAndPassesAtTheThreshold() {
            verify.given(town().build(), stallPenalty().spread(new BigDecimal("0.29")).build(), AS_OF)
                    .fires("keep.narrow_spread").outcome(Outcome.RETAIN);
            verify.given(town().build(), stallPenalty().spread(new BigDecimal("0.3")).build(), AS_OF)
                    .doesNotFire("keep.narrow_spread").outcome(Outcome.ELIGIBLE);
        }

        @Test
        void retainsHighProfessionalDemand() {
            verify.given(town().build(), stallPenalty().professionalDemand(ProfessionalDemand.HIGH).build(), AS_OF)
                    .fires("keep.high_professional_demand").outcome(Outcome.RETAIN);
            verify.given(town().build(), stallPenalty().professionalDemand(ProfessionalDemand.MEDIUM).build(), AS_OF)
                    .doesNotFire("keep.high_professional_demand");
        }

        @Test
        void mediumDemandEnforcementGoesOnlyToDevelopedTownsOrSubcentres() {
            Matter medium = stallPenalty().professionalDemand(ProfessionalDemand.MEDIUM).build();
            verify.given(town().build(), medium, AS_OF, listedForTownsAndStreets())
                    .fires("keep.medium_demand_enforcement").outcome(Outcome.RETAIN);
            verify.given(town().classes(Set.of(TownshipClass.ECONOMICALLY_DEVELOPED_TOWN)).build(), medium, AS_OF, listedForTownsAndStreets())
                    .doesNotFire("keep.medium_demand_enforcement").outcome(Outcome.DELEGATE);
            verify.given(town().classes(Set.of(TownshipClass.COUNTY_SUBCENTRE)).build(), medium, AS_OF, listedForTownsAndStreets())
                    .doesNotFire("keep.medium_demand_enforcement").outcome(Outcome.DELEGATE);
        }

        @Test
        void mediumDemandNonEnforcementMovesOnlyTheFrontWindow() {
            Matter medium = licence().professionalDemand(ProfessionalDemand.MEDIUM).build();
            Decision ordinary = verify.given(town().build(), medium, AS_OF, listedForTownsAndStreets())
                    .fires("keep.medium_demand_front_window").outcome(Outcome.DELEGATE).decision();
            assertThat(ordinary.mode()).contains(Mode.FRONT_WINDOW);
            Decision developed = verify.given(town().classes(Set.of(TownshipClass.ECONOMICALLY_DEVELOPED_TOWN)).build(), medium, AS_OF,
                    listedForTownsAndStreets()).doesNotFire("keep.medium_demand_front_window").decision();
            assertThat(developed.mode()).contains(Mode.DIRECT);
        }

        @Test
        void majorPenaltiesStayWithTheCounty() {
            verify.given(town().build(), stallPenalty().majorPenalty(true).build(), AS_OF, listedForTownsAndStreets())
                    .fires("keep.major_penalty").outcome(Outcome.RETAIN);
            verify.given(town().build(), stallPenalty().build(), AS_OF, listedForTownsAndStreets()).doesNotFire("keep.major_penalty");
        }

        @Test
        void streetOfficesDoNotTakeRuralMatters() {
            Township street = town().code("410122001").kind(TownshipKind.STREET).build();
            for (MatterField rural : Set.of(MatterField.AGRICULTURE, MatterField.RURAL_ECONOMY, MatterField.HOMESTEAD)) {
                verify.given(street, stallPenalty().field(rural).build(), AS_OF, listedForTownsAndStreets())
                        .fires("keep.street_rural_field").outcome(Outcome.RETAIN);
                verify.given(town().build(), stallPenalty().field(rural).build(), AS_OF, listedForTownsAndStreets())
                        .doesNotFire("keep.street_rural_field").outcome(Outcome.DELEGATE);
            }
            verify.given(street, stallPenalty().build(), AS_OF, listedForTownsAndStreets())
                    .doesNotFire("keep.street_rural_field").outcome(Outcome.DELEGATE);
        }
    }

    @Nested
    class Capacity {
        @Test
        void retainsEnforcementWithoutATeam() {
            verify.given(town().enforcementTeam(false).build(), stallPenalty().build(), AS_OF)
                    .fires("capacity.no_enforcement_team").outcome(Outcome.RETAIN);
            verify.given(town().enforcementTeam(false).build(), licence().build(), AS_OF)
                    .doesNotFire("capacity.no_enforcement_team").outcome(Outcome.ELIGIBLE);
        }

        @Test
        void namesTheCertifiedOfficersThatWouldBeNeeded() {
            Decision d = verify.given(town().certifiedOfficers(3).build(), stallPenalty().build(), AS_OF, listedForTownsAndStreets())
                    .fires("capacity.certified_officers").outcome(Outcome.RETAIN).decision();
            Change change = d.explanation().toChange().get(0);
            assertThat(change.fact()).isEqualTo("township.certifiedOfficers");
            assertThat(change.textEn()).isEqualTo("township.certifiedOfficers 3 < 4 (needs >= 4)");
            assertThat(d.explanation().summaryEn()).contains("certifiedOfficers 3 < 4");
            verify.given(town().certifiedOfficers(4).build(), stallPenalty().build(), AS_OF, listedForTownsAndStreets())
                    .doesNotFire("capacity.certified_officers").outcome(Outcome.DELEGATE);
        }

        @Test
        void retainsEnforcementWithoutALegalReviewer() {
            verify.given(town().legalReviewers(0).build(), stallPenalty().build(), AS_OF)
                    .fires("capacity.legal_reviewers").outcome(Outcome.RETAIN);
            verify.given(town().legalReviewers(1).build(), stallPenalty().build(), AS_OF).doesNotFire("capacity.legal_reviewers");
        }

        @Test
        void retainsEnforcementUntilCapacityIsAssessed() {
            verify.given(town().capacityAssessed(false).build(), stallPenalty().build(), AS_OF)
                    .fires("capacity.not_assessed").outcome(Outcome.RETAIN);
            verify.given(town().capacityAssessed(true).build(), stallPenalty().build(), AS_OF).doesNotFire("capacity.not_assessed");
        }

        @Test
        void retainsOtherMattersWithoutAServiceCentre() {
            verify.given(town().serviceCentre(false).build(), licence().build(), AS_OF)
                    .fires("capacity.no_service_centre").outcome(Outcome.RETAIN);
            verify.given(town().serviceCentre(false).build(), stallPenalty().build(), AS_OF)
                    .doesNotFire("capacity.no_service_centre").outcome(Outcome.ELIGIBLE);
        }

        @Test
        void namesEveryFailingTest() {
            Township weak = town().enforcementTeam(false).certifiedOfficers(1).legalReviewers(0).capacityAssessed(false).build();
            Decision d = engine.decide(DecisionRequest.of(weak, stallPenalty().build(), AS_OF));
            assertThat(d.rulesFired()).contains("capacity.no_enforcement_team", "capacity.certified_officers",
                    "capacity.legal_reviewers", "capacity.not_assessed");
            assertThat(d.explanation().toChange()).extracting(Change::fact).containsExactlyInAnyOrder(
                    "township.enforcementTeam", "township.certifiedOfficers", "township.legalReviewers", "township.capacityAssessed");
        }
    }

    @Nested
    class MissingFacts {
        @Test
        void namesEachMissingPathInsteadOfFailing() {
            Township unknown = Township.builder().code("410122101").build();
            Matter bare = Matter.builder().code("X").category(MatterCategory.PENALTY).field(MatterField.WATER).build();
            Decision d = engine.decide(DecisionRequest.of(unknown, bare, AS_OF));
            assertThat(d.outcome()).isEqualTo(Outcome.INSUFFICIENT_FACTS);
            assertThat(d.missing()).containsExactly("matter.annualCases", "matter.facesPublic", "matter.professionalDemand",
                    "matter.spread", "township.capacityAssessed", "township.certifiedOfficers", "township.enforcementTeam",
                    "township.legalReviewers");
            assertThat(d.explanation().toChange()).extracting(Change::operator).containsOnly("given");
        }

        @Test
        void nonEnforcementNeedsTheServiceCentreNotTheTeam() {
            Township t = Township.builder().code("410122101").build();
            Decision d = engine.decide(DecisionRequest.of(t, licence().build(), AS_OF));
            assertThat(d.missing()).containsExactly("township.serviceCentre");
        }

        @Test
        void aKnownBlockerStillRetainsAndListsTheMissingFacts() {
            Matter m = stallPenalty().facesPublic(false).spread(null).build();
            Decision d = engine.decide(DecisionRequest.of(town().build(), m, AS_OF));
            assertThat(d.outcome()).isEqualTo(Outcome.RETAIN);
            assertThat(d.missing()).containsExactly("matter.spread");
        }

        @Test
        void needsKindAndCategory() {
            Township noKind = Township.builder().enforcementTeam(true).certifiedOfficers(8).legalReviewers(1)
                    .capacityAssessed(true).serviceCentre(true).build();
            Decision d = engine.decide(DecisionRequest.of(noKind, stallPenalty().category(null).build(), AS_OF));
            assertThat(d.missing()).contains("township.kind", "matter.category");
            Decision street = engine.decide(DecisionRequest.of(town().kind(TownshipKind.STREET).build(), stallPenalty().field(null).build(), AS_OF));
            assertThat(street.missing()).containsExactly("matter.field");
            Decision townNoField = engine.decide(DecisionRequest.of(town().build(), stallPenalty().field(null).build(), AS_OF));
            assertThat(townNoField.missing()).isEmpty();
        }
    }

    @Nested
    class Province {
        @Test
        void delegatesWhenAPublishedDecisionInForceListsItForThisKind() {
            verify.given(town().build(), stallPenalty().build(), AS_OF, listedForTownsAndStreets())
                    .fires("province.delegate").outcome(Outcome.DELEGATE);
        }

        @Test
        void retainsWhenTheListOmitsThisKindOfTownship() {
            ProvinceContext streetsOnly = ProvinceContext.published(DECIDED, Set.of(TownshipKind.STREET));
            Decision d = verify.given(town().build(), stallPenalty().build(), AS_OF, streetsOnly)
                    .fires("province.not_listed").doesNotFire("province.delegate").outcome(Outcome.RETAIN).decision();
            assertThat(d.explanation().toChange()).extracting(Change::textEn)
                    .containsExactly("province.listedFor [STREET] does not contain TOWN");
        }

        @Test
        void retainsAMatterRecalledOnOrBeforeTheDate() {
            Decision recalled = verify.given(town().build(), stallPenalty().build(), AS_OF, listedForTownsAndStreets().recalled(AS_OF))
                    .fires("province.recalled").outcome(Outcome.RETAIN).decision();
            assertThat(recalled.explanation().toChange()).extracting(Change::textEn)
                    .containsExactly("province.recalledOn 2024-03-01 <= 2024-03-01 (needs > 2024-03-01)");
            verify.given(town().build(), stallPenalty().build(), AS_OF, listedForTownsAndStreets().recalled(AS_OF.plusDays(1)))
                    .doesNotFire("province.recalled").outcome(Outcome.DELEGATE);
        }

        @Test
        void isEligibleWithoutADecisionAndEntrustsPenalties() {
            Decision d = verify.given(town().build(), stallPenalty().build(), AS_OF)
                    .fires("province.no_decision").outcome(Outcome.ELIGIBLE).decision();
            assertThat(d.mode()).contains(Mode.ENTRUST);
            assertThat(d.obligations()).containsExactly(Obligation.PUBLICATION, Obligation.WRITTEN_ENTRUSTMENT,
                    Obligation.ACT_IN_DEPARTMENT_NAME, Obligation.FUNDS_FOLLOW_MATTER);
            assertThat(d.explanation().toChange()).extracting(Change::fact).containsExactly("province.decisionPublished");
        }

        @Test
        void isEligibleWhileTheDecisionIsNotYetInForceAndDelegatesOnItsFirstDay() {
            ProvinceContext future = ProvinceContext.published(AS_OF.plusDays(1), Set.of(TownshipKind.TOWN));
            Decision d = verify.given(town().build(), stallPenalty().build(), AS_OF, future)
                    .fires("province.not_yet_in_force").outcome(Outcome.ELIGIBLE).decision();
            assertThat(d.explanation().toChange()).extracting(Change::textEn)
                    .containsExactly("province.decisionDate 2024-03-02 > 2024-03-01 (needs <= 2024-03-01)");
            verify.given(town().build(), stallPenalty().build(), AS_OF.plusDays(1), future)
                    .doesNotFire("province.not_yet_in_force").fires("province.delegate").outcome(Outcome.DELEGATE);
        }

        @Test
        void anUnpublishedDecisionCountsAsNone() {
            ProvinceContext draft = new ProvinceContext(false, null, Set.of(TownshipKind.TOWN), null, null);
            verify.given(town().build(), stallPenalty().build(), AS_OF, draft).fires("province.no_decision").outcome(Outcome.ELIGIBLE);
        }
    }

    @Nested
    class ModesAndObligations {
        @Test
        void penaltiesAreEntrustedBeforeArticle24AndHandedOverFromItsFirstDay() {
            ProvinceContext early = ProvinceContext.published(LocalDate.of(2020, 1, 1), Set.of(TownshipKind.TOWN));
            Decision before = verify.given(town().build(), stallPenalty().build(), LocalDate.of(2021, 7, 14), early)
                    .fires("mode.entrust").doesNotFire("mode.handover").outcome(Outcome.DELEGATE).decision();
            assertThat(before.mode()).contains(Mode.ENTRUST);
            assertThat(before.obligations()).contains(Obligation.WRITTEN_ENTRUSTMENT, Obligation.ACT_IN_DEPARTMENT_NAME);
            Decision from = verify.given(town().build(), stallPenalty().build(), LocalDate.of(2021, 7, 15), early)
                    .fires("mode.handover").doesNotFire("mode.entrust").decision();
            assertThat(from.mode()).contains(Mode.HANDOVER);
        }

        @Test
        void inspectionsFollowPenalties() {
            Matter inspection = stallPenalty().category(MatterCategory.INSPECTION).build();
            assertThat(decide(town().build(), inspection, AS_OF, listedForTownsAndStreets()).mode()).contains(Mode.HANDOVER);
            assertThat(decide(town().build(), inspection, AS_OF, null).mode()).contains(Mode.ENTRUST);
        }

        @Test
        void otherCategoriesGoDirectly() {
            Decision d = verify.given(town().build(), licence().build(), AS_OF, listedForTownsAndStreets()).fires("mode.direct").decision();
            assertThat(d.mode()).contains(Mode.DIRECT);
            assertThat(d.obligations()).containsExactly(Obligation.FUNDS_FOLLOW_MATTER);
        }

        @Test
        void fundsFollowOnlyAMatterWithACost() {
            verify.given(town().build(), licence().unitCost(BigDecimal.ZERO).build(), AS_OF)
                    .doesNotFire("obligation.funds_follow_matter").outcome(Outcome.ELIGIBLE);
            Decision unknownCost = verify.given(town().build(), licence().unitCost(null).build(), AS_OF)
                    .doesNotFire("obligation.funds_follow_matter").decision();
            assertThat(unknownCost.missing()).isEmpty();
            verify.given(town().build(), licence().build(), AS_OF).fires("obligation.funds_follow_matter");
        }

        @Test
        void retainedMattersCarryNoModeOrObligations() {
            Decision d = decide(town().build(), licence().professionalDemand(ProfessionalDemand.MEDIUM).facesPublic(false).build(), AS_OF, null);
            assertThat(d.outcome()).isEqualTo(Outcome.RETAIN);
            assertThat(d.mode()).isEmpty();
            assertThat(d.obligations()).isEmpty();
        }
    }

    @Test
    void aDateBeforeTheFirstParameterValueIsAnErrorNamingIt() {
        assertThatThrownBy(() -> decide(town().build(), stallPenalty().build(), LocalDate.of(2017, 2, 19), null))
                .isInstanceOf(DecisionException.class)
                .hasMessageContaining("PARAMETER_NOT_IN_FORCE")
                .hasMessageContaining("2017-02-20")
                .hasMessageContaining("parameter capacity.min_certified_officers (and 6 more) has no value on 2017-02-19");
        assertThat(decide(town().build(), stallPenalty().build(), LocalDate.of(2017, 2, 20), null).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }
}

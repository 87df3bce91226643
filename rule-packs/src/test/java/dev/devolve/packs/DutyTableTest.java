package dev.devolve.packs;

import dev.devolve.result.AdmissionDecision;
import dev.devolve.error.DecisionException;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyFinding;
import dev.devolve.api.DutyRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.Accountability;
import dev.devolve.model.Admission;
import dev.devolve.model.AdmissionObligation;
import dev.devolve.model.DutyField;
import dev.devolve.model.DutyItem;
import dev.devolve.model.DutyList;
import dev.devolve.model.LegalLead;
import dev.devolve.model.Matter;
import dev.devolve.model.Outcome;
import dev.devolve.model.ProfessionalDemand;
import dev.devolve.model.Proposal;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipObject;
import dev.devolve.model.TownshipRole;
import dev.devolve.testkit.RuleVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static dev.devolve.packs.Facts.listedForTownsAndStreets;
import static dev.devolve.packs.Facts.stallPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every row of the duty table and of the admission table in DECISIONS.md, in both directions. */
class DutyTableTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    private static PolicyEngine engine;
    private static RuleVerifier verify;

    @BeforeAll
    static void build() {
        engine = PolicyEngine.builder().pack("duties").build();
        verify = RuleVerifier.of(engine);
    }

    /** A town with rivers and the capacity to take on the baseline matter. */
    private static Township.Builder town() {
        return Facts.town().objects(Set.of(TownshipObject.RIVERS_AND_LAKES));
    }

    /** A duty that no test recalls or makes supporting: BASIC. */
    private static DutyItem.Builder duty() {
        return DutyItem.builder().code("X-1").name("河道日常巡查").field(DutyField.WATER).leadDepartment("县水利局")
                .accountability(Accountability.TOWNSHIP).professionalDemand(ProfessionalDemand.LOW)
                .objects(Set.of(TownshipObject.RIVERS_AND_LAKES)).exercisesPerYear(new BigDecimal("24"));
    }

    private static RuleVerifier.DutyGiven given(DutyItem d) {
        return verify.given(DutyRequest.of(town().build(), d, AS_OF));
    }

    @Test
    void baselineIsBasic() {
        DutyDecision d = given(duty().build()).fires("basic.township").list(DutyList.BASIC).decision();
        assertThat(d.lead()).isEmpty();
        assertThat(d.missing()).isEmpty();
        assertThat(d.citations()).containsExactly("DUTYLISTS");
    }

    @Test
    void beforeTheCompilationBeganNothingIsDecided() {
        assertThatThrownBy(() -> engine.decide(DutyRequest.of(town().build(), duty().build(), LocalDate.of(2024, 1, 31))))
                .isInstanceOf(DecisionException.class).hasMessageContaining("duties.min_exercises_per_year")
                .hasMessageContaining("2024-02-01");
        given(duty().build()).list(DutyList.BASIC);
    }

    @Nested
    class Statutory {
        @Test
        void partyBuildingIsBasicWhateverTheRecallTestsSay() {
            DutyDecision d = given(duty().field(DutyField.PARTY_BUILDING).professionalDemand(ProfessionalDemand.HIGH).accountability(null).build())
                    .fires("duty.party_building").fires("recall.high_demand").list(DutyList.BASIC).decision();
            assertThat(d.missing()).isEmpty();
            assertThat(d.reasons()).containsExactly("duty.party_building");
            given(duty().build()).doesNotFire("duty.party_building");
        }

        @Test
        void aLawNamingTheTownshipMakesItBasicAndIsCitedVerbatim() {
            DutyDecision d = given(duty().legalLead(LegalLead.TOWNSHIP).basis("《中华人民共和国消防法》第三十二条")
                    .assessmentOnly(true).professionalDemand(null).build())
                    .fires("duty.legal_township").fires("recall.assessment_only").list(DutyList.BASIC).decision();
            assertThat(d.citations()).containsExactly("《中华人民共和国消防法》第三十二条");
            assertThat(d.missing()).isEmpty();
            given(duty().legalLead(LegalLead.NONE).build()).doesNotFire("duty.legal_township");
        }
    }

    @Nested
    class Recall {
        @Test
        void highProfessionalDemandIsRecalledToTheLeadDepartment() {
            DutyDecision d = given(duty().professionalDemand(ProfessionalDemand.HIGH).build()).fires("recall.high_demand")
                    .list(DutyList.RECALLED).decision();
            assertThat(d.lead()).contains("县水利局");
            given(duty().professionalDemand(ProfessionalDemand.MEDIUM).build()).doesNotFire("recall.high_demand").list(DutyList.BASIC);
        }

        @Test
        void nothingToActOnIsRecalled() {
            given(duty().objects(Set.of(TownshipObject.MINES, TownshipObject.FORESTS)).build()).fires("recall.no_objects").list(DutyList.RECALLED);
            given(duty().objects(Set.of(TownshipObject.MINES, TownshipObject.RIVERS_AND_LAKES)).build()).doesNotFire("recall.no_objects");
            given(duty().objects(Set.of()).build()).doesNotFire("recall.no_objects").list(DutyList.BASIC);
        }

        @Test
        void rarelyExercisedIsRecalled() {
            given(duty().exercisesPerYear(new BigDecimal("0.5")).build()).fires("recall.rarely_exercised").list(DutyList.RECALLED);
            given(duty().exercisesPerYear(BigDecimal.ONE).build()).doesNotFire("recall.rarely_exercised").list(DutyList.BASIC);
        }

        @Test
        void anAssessmentItemIsRecalled() {
            DutyDecision d = given(duty().assessmentOnly(true).build()).fires("recall.assessment_only").list(DutyList.RECALLED).decision();
            assertThat(d.citations()).contains("DUTYLISTS", "BURDEN2024");
            given(duty().build()).doesNotFire("recall.assessment_only");
        }

        @Test
        void aPowerTheTownshipDoesNotHoldRecallsTheDutyWithTheDelegationsReason() {
            Matter rare = stallPenalty().code("T-1").annualCases(new BigDecimal("3")).build();
            DutyItem d = duty().matter("T-1").build();
            DutyDecision recalled = verify.given(DutyRequest.of(town().build(), d, AS_OF).withMatter(rare).withProvince(listedForTownsAndStreets()))
                    .fires("recall.power_not_held").list(DutyList.RECALLED).decision();
            assertThat(recalled.delegation()).hasValueSatisfying(l -> {
                assertThat(l.outcome()).isEqualTo(Outcome.RETAIN);
                assertThat(l.decidingRules()).contains("keep.low_volume");
            });
            assertThat(recalled.explanation().summaryEn()).contains("3 expected cases per township a year");
            assertThat(recalled.citations()).contains("APL2021 art.24");
            verify.given(DutyRequest.of(town().build(), d, AS_OF).withMatter(stallPenalty().code("T-1").build())
                    .withProvince(listedForTownsAndStreets())).doesNotFire("recall.power_not_held").list(DutyList.BASIC);
        }

        @Test
        void anEligiblePowerIsNotHeldEither() {
            DutyItem d = duty().matter("T-1").build();
            verify.given(DutyRequest.of(town().build(), d, AS_OF).withMatter(stallPenalty().code("T-1").build()))
                    .fires("recall.power_not_held").list(DutyList.RECALLED);
        }

        @Test
        void aKnownRecallWinsOverMissingFactsWhichAreStillListed() {
            DutyDecision d = given(duty().professionalDemand(ProfessionalDemand.HIGH).accountability(null).leadDepartment(null).build())
                    .list(DutyList.RECALLED).decision();
            assertThat(d.missing()).containsExactly("duty.accountability", "duty.leadDepartment");
        }
    }

    @Nested
    class Missing {
        @Test
        void eachFactATestNeedsIsNamed() {
            assertThat(given(duty().professionalDemand(null).build()).fires("missing.duty_professional_demand")
                    .list(DutyList.INSUFFICIENT_FACTS).decision().missing()).containsExactly("duty.professionalDemand");
            assertThat(given(duty().exercisesPerYear(null).build()).fires("missing.duty_exercises_per_year")
                    .list(DutyList.INSUFFICIENT_FACTS).decision().missing()).containsExactly("duty.exercisesPerYear");
            assertThat(given(duty().accountability(null).build()).fires("missing.duty_accountability")
                    .list(DutyList.INSUFFICIENT_FACTS).decision().missing()).containsExactly("duty.accountability");
            given(duty().build()).doesNotFire("missing.duty_professional_demand").doesNotFire("missing.duty_exercises_per_year")
                    .doesNotFire("missing.duty_accountability");
        }

        @Test
        void theTownshipsObjectsAreMissingOnlyForADutyWithObjects() {
            DutyRequest unknown = DutyRequest.of(town().objects(null).build(), duty().build(), AS_OF);
            assertThat(verify.given(unknown).fires("missing.township_objects").list(DutyList.INSUFFICIENT_FACTS).decision().missing())
                    .containsExactly("township.objects");
            verify.given(DutyRequest.of(town().objects(null).build(), duty().objects(Set.of()).build(), AS_OF))
                    .doesNotFire("missing.township_objects").list(DutyList.BASIC);
        }

        @Test
        void aDelegationLackingFactsNamesItsPaths() {
            DutyItem d = duty().matter("T-1").build();
            DutyDecision decision = verify.given(DutyRequest.of(town().build(), d, AS_OF)
                    .withMatter(stallPenalty().code("T-1").annualCases(null).build()).withProvince(listedForTownsAndStreets()))
                    .fires("missing.delegation_facts").list(DutyList.INSUFFICIENT_FACTS).decision();
            assertThat(decision.missing()).containsExactly("matter.annualCases");
            verify.given(DutyRequest.of(town().build(), d, AS_OF).withMatter(stallPenalty().code("T-1").build())
                    .withProvince(listedForTownsAndStreets())).doesNotFire("missing.delegation_facts");
        }

        @Test
        void aSupportingDutyWithoutALeadDepartmentLacksIt() {
            assertThat(given(duty().countyLeads(true).leadDepartment(null).build()).fires("missing.duty_lead_department")
                    .list(DutyList.INSUFFICIENT_FACTS).decision().missing()).containsExactly("duty.leadDepartment");
            given(duty().leadDepartment(null).build()).doesNotFire("missing.duty_lead_department").list(DutyList.BASIC);
        }
    }

    @Nested
    class Support {
        @Test
        void aLawMakingTheCountyLeadIsSupportingAndCitesIt() {
            DutyDecision d = given(duty().legalLead(LegalLead.COUNTY_DEPARTMENT).basis("《中华人民共和国水法》第十二条").build())
                    .fires("support.legal_county").list(DutyList.SUPPORTING).decision();
            assertThat(d.lead()).contains("县水利局");
            assertThat(d.citations()).containsExactly("《中华人民共和国水法》第十二条");
            given(duty().build()).doesNotFire("support.legal_county");
        }

        @Test
        void theCountyLeadingIsSupporting() {
            given(duty().countyLeads(true).build()).fires("support.county_leads").list(DutyList.SUPPORTING);
            given(duty().build()).doesNotFire("support.county_leads");
        }

        @Test
        void aStationedAgencyIsSupporting() {
            given(duty().stationedAgency(true).build()).fires("support.stationed_agency").list(DutyList.SUPPORTING);
            given(duty().build()).doesNotFire("support.stationed_agency");
        }

        @Test
        void accountabilityAtCountyLevelIsSupporting() {
            given(duty().accountability(Accountability.COUNTY_OR_ABOVE).build()).fires("support.county_accountability").list(DutyList.SUPPORTING);
            given(duty().build()).doesNotFire("support.county_accountability");
        }

        @Test
        void aRecallWinsOverSupport() {
            given(duty().countyLeads(true).assessmentOnly(true).build()).list(DutyList.RECALLED).doesNotFire("basic.township");
        }

        @Test
        void basicOnlyWhenNothingElseHolds() {
            given(duty().countyLeads(true).build()).doesNotFire("basic.township");
            given(duty().professionalDemand(null).build()).doesNotFire("basic.township");
        }
    }

    @Nested
    class Admissions {
        private Proposal.Builder proposal(DutyItem d) {
            return Proposal.builder().duty(d).proposer("县水利局").townshipRole(TownshipRole.LEAD)
                    .annualCost(new BigDecimal("50000")).funding(new BigDecimal("50000"));
        }

        private RuleVerifier.ProposalGiven given(Proposal p) {
            return verify.given(p, DutyRequest.of(town().build(), p.getDuty(), AS_OF));
        }

        @Test
        void aTemporaryBodyIsRefused() {
            given(proposal(duty().build()).byTemporaryBody(true).build()).fires("admission.temporary_body").admission(Admission.REFUSED);
            given(proposal(duty().build()).build()).doesNotFire("admission.temporary_body");
        }

        @Test
        void aRecalledCatalogDutyCannotBePushedBackDown() {
            DutyItem assessment = engine.duty("D-ED-013").orElseThrow();
            AdmissionDecision a = given(proposal(assessment).build()).fires("admission.recalled_duty").admission(Admission.REFUSED).decision();
            assertThat(a.wouldBe()).isEqualTo(DutyList.RECALLED);
            assertThat(a.inCatalog()).isTrue();
            given(proposal(engine.duty("D-ED-002").orElseThrow()).build()).doesNotFire("admission.recalled_duty").admission(Admission.WITHIN_LIST);
        }

        @Test
        void aSupportingCatalogDutyCannotBecomeTheTownshipsOwn() {
            DutyItem supporting = engine.duty("D-ED-003").orElseThrow();
            given(proposal(supporting).build()).fires("admission.supporting_as_lead").admission(Admission.REFUSED);
            given(proposal(supporting).townshipRole(TownshipRole.SUPPORT).build()).doesNotFire("admission.supporting_as_lead")
                    .fires("admission.within_list").admission(Admission.WITHIN_LIST);
        }

        @Test
        void aBasicCatalogDutyIsWithinTheList() {
            given(proposal(engine.duty("D-ED-002").orElseThrow()).build()).fires("admission.within_list").admission(Admission.WITHIN_LIST);
            given(proposal(duty().build()).build()).doesNotFire("admission.within_list");
        }

        @Test
        void aNewDutyTheTownshipCouldNotHoldIsRefused() {
            given(proposal(duty().professionalDemand(ProfessionalDemand.HIGH).build()).build()).fires("admission.new_recalled")
                    .admission(Admission.REFUSED);
            given(proposal(duty().build()).build()).doesNotFire("admission.new_recalled");
        }

        @Test
        void aNewSupportingDutyCannotBeTheTownshipsOwn() {
            given(proposal(duty().countyLeads(true).build()).build()).fires("admission.new_supporting_as_lead").admission(Admission.REFUSED);
            given(proposal(duty().countyLeads(true).build()).townshipRole(TownshipRole.SUPPORT).build())
                    .doesNotFire("admission.new_supporting_as_lead").admission(Admission.NEEDS_ADMISSION);
        }

        @Test
        void anApprovedNewDutyIsAdmittedAndCitesTheApproval() {
            AdmissionDecision a = given(proposal(duty().build()).approvedOn(LocalDate.of(2025, 1, 10)).approvedBy("县委常委会").build())
                    .fires("admission.admitted").admission(Admission.ADMITTED).decision();
            assertThat(a.citations()).contains("县委常委会 2025-01-10");
            given(proposal(duty().build()).approvedOn(LocalDate.of(2025, 3, 2)).build()).doesNotFire("admission.admitted");
        }

        @Test
        void anyOtherNewDutyNeedsAdmissionAndAListAdjustment() {
            AdmissionDecision a = given(proposal(duty().build()).build()).fires("admission.needs_admission")
                    .admission(Admission.NEEDS_ADMISSION).decision();
            assertThat(a.obligations()).containsExactly(AdmissionObligation.COUNTY_APPROVAL, AdmissionObligation.LIST_ADJUSTMENT);
            assertThat(a.wouldBe()).isEqualTo(DutyList.BASIC);
            given(proposal(duty().build()).approvedOn(LocalDate.of(2025, 1, 10)).build()).doesNotFire("admission.needs_admission");
        }

        @Test
        void aDutyLackingFactsMakesTheAdmissionLackThem() {
            AdmissionDecision a = given(proposal(duty().accountability(null).build()).build()).fires("admission.insufficient_facts")
                    .admission(Admission.INSUFFICIENT_FACTS).decision();
            assertThat(a.missing()).containsExactly("duty.accountability");
            given(proposal(duty().build()).build()).doesNotFire("admission.insufficient_facts");
            given(proposal(duty().accountability(null).build()).byTemporaryBody(true).build()).admission(Admission.REFUSED);
        }

        @Test
        void aSupportingDutyNeedsTheTownshipsRole() {
            AdmissionDecision a = given(proposal(duty().countyLeads(true).build()).townshipRole(null).build())
                    .fires("admission.township_role_missing").admission(Admission.INSUFFICIENT_FACTS).decision();
            assertThat(a.missing()).containsExactly("proposal.townshipRole");
            given(proposal(duty().build()).townshipRole(null).build()).doesNotFire("admission.township_role_missing");
        }

        @Test
        void costAboveFundingIsUnfundedByTheExactShortfall() {
            AdmissionDecision a = given(proposal(duty().build()).funding(new BigDecimal("19999.99")).build()).fires("admission.unfunded").decision();
            assertThat(a.findings()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(DutyFinding.UNFUNDED_DUTY);
                assertThat(f.amount()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30000.01"));
            });
            assertThat(a.obligations()).contains(AdmissionObligation.FUNDS_FOLLOW_DUTY);
            given(proposal(duty().build()).build()).doesNotFire("admission.unfunded");
            AdmissionDecision refused = given(proposal(duty().build()).byTemporaryBody(true).funding(BigDecimal.ZERO).build())
                    .doesNotFire("admission.unfunded").decision();
            assertThat(refused.findings()).isEmpty();
            assertThat(given(proposal(duty().accountability(null).build()).funding(BigDecimal.ZERO).build())
                    .admission(Admission.INSUFFICIENT_FACTS).fires("admission.unfunded").decision().findings()).hasSize(1);
        }
    }
}

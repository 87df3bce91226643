package dev.devolve.packs;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.DecisionException;
import dev.devolve.error.InputException;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.CountyMandates;
import dev.devolve.model.Level;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCost;
import dev.devolve.model.Outcome;
import dev.devolve.model.ServiceCategory;
import dev.devolve.model.SharedService;
import dev.devolve.model.Sharing;
import dev.devolve.model.Township;
import dev.devolve.model.UnfundedMandate;
import dev.devolve.result.Decision;
import dev.devolve.result.FiscalSplit;
import dev.devolve.result.FiscalSummary;
import dev.devolve.result.Mandate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static dev.devolve.packs.Facts.AS_OF;
import static dev.devolve.packs.Facts.listedForTownsAndStreets;
import static dev.devolve.packs.Facts.stallPenalty;
import static dev.devolve.packs.Facts.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FiscalPackTest {

    private static PolicyEngine engine;

    @BeforeAll
    static void build() {
        engine = PolicyEngine.builder().build();
    }

    private static FiscalSplit split(String township, ServiceCategory category, String amount) {
        return split(NationalTownships.get().require(township), new SharedService(null, null, category, null, new BigDecimal(amount)));
    }

    private static FiscalSplit split(Township t, SharedService s) {
        return engine.split(t, s, AS_OF);
    }

    private static String firstTownshipUnder(String prefix) {
        return NationalTownships.get().codes().stream().filter(c -> c.startsWith(prefix)).findFirst().orElseThrow();
    }

    /** GUOBANFA2018-6 tiers as DOMAIN.md §5 lists them. */
    private static final Map<String, Integer> TIERS = new LinkedHashMap<>();

    static {
        for (String p : new String[] {"15", "45", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"}) {
            TIERS.put(p, 1);
        }
        for (String p : new String[] {"13", "14", "22", "23", "34", "36", "41", "42", "43", "46"}) {
            TIERS.put(p, 2);
        }
        for (String p : new String[] {"21", "37", "35"}) {
            TIERS.put(p, 3);
        }
        for (String p : new String[] {"12", "32", "33", "44", "2102", "3302", "3502", "3702", "4403"}) {
            TIERS.put(p, 4);
        }
        for (String p : new String[] {"11", "31"}) {
            TIERS.put(p, 5);
        }
    }

    @Nested
    class SharedServices {
        @Test
        void everyProvinceAndPlannedCityHasItsTier() {
            Map<Integer, String> central = Map.of(1, "0.8", 2, "0.6", 3, "0.5", 4, "0.3", 5, "0.1");
            assertThat(TIERS.keySet().stream().filter(k -> k.length() == 2)).hasSize(31);
            TIERS.forEach((code, tier) -> {
                FiscalSplit s = split(firstTownshipUnder(code), ServiceCategory.PUBLIC_HEALTH, "1000000");
                assertThat(s.tier()).as(code).contains(tier);
                assertThat(s.shares().get(Level.CENTRAL)).as(code).isEqualByComparingTo(central.get(tier));
            });
        }

        @Test
        void plannedCitiesTakeTierFourWhateverTheirProvince() {
            FiscalSplit qingdao = split("370202001", ServiceCategory.PUBLIC_HEALTH, "1000000");
            FiscalSplit jinan = split("370102001", ServiceCategory.PUBLIC_HEALTH, "1000000");
            assertThat(qingdao.tier()).contains(4);
            assertThat(qingdao.amounts().get(Level.CENTRAL)).isEqualByComparingTo("300000.00");
            assertThat(jinan.tier()).contains(3);
            assertThat(jinan.amounts().get(Level.CENTRAL)).isEqualByComparingTo("500000.00");
            assertThat(qingdao.explanation().rules()).extracting("ruleId")
                    .containsExactly("fiscal.province_tier", "fiscal.central_tiered", "fiscal.local_split");
            assertThat(qingdao.explanation().summaryEn()).contains("central 0.3 = 300000.00");
        }

        @Test
        void compulsoryEducationInATierOneProvinceMatchesTheExampleScenario() {
            FiscalSplit s = split("510104017", ServiceCategory.COMPULSORY_EDUCATION, "1000000");
            assertThat(s.shares()).containsEntry(Level.CENTRAL, new BigDecimal("0.8"));
            assertThat(s.shares().get(Level.PROVINCE)).isEqualByComparingTo("0.1");
            assertThat(s.shares().get(Level.COUNTY)).isEqualByComparingTo("0.1");
            assertThat(s.shares().get(Level.CITY)).isEqualByComparingTo("0");
            assertThat(s.amounts().get(Level.CENTRAL)).isEqualByComparingTo("800000.00");
            assertThat(s.amounts().get(Level.COUNTY)).isEqualByComparingTo("100000.00");
            assertThat(split("330122101", ServiceCategory.COMPULSORY_EDUCATION, "100").shares().get(Level.CENTRAL))
                    .isEqualByComparingTo("0.5");
        }

        @Test
        void basicPensionIsFullyCentralInTiersOneAndTwo() {
            assertThat(split("410122101", ServiceCategory.BASIC_PENSION, "100").shares().get(Level.CENTRAL)).isEqualByComparingTo("1");
            assertThat(split("330122101", ServiceCategory.BASIC_PENSION, "100").shares().get(Level.CENTRAL)).isEqualByComparingTo("0.5");
        }

        @Test
        void factorItemsSplitOnlyTheLocalPart() {
            FiscalSplit s = split("330122101", ServiceCategory.EMPLOYMENT, "1000");
            assertThat(s.factorFormula()).isTrue();
            assertThat(s.tier()).isEmpty();
            assertThat(s.shares().get(Level.CENTRAL)).isEqualByComparingTo("0");
            assertThat(s.amounts().get(Level.PROVINCE)).isEqualByComparingTo("500.00");
        }

        @Test
        void countyPowersAreBorneByTheCounty() {
            FiscalSplit s = split("330122101", ServiceCategory.RURAL_ROADS, "1234.56");
            assertThat(s.shares().get(Level.COUNTY)).isEqualByComparingTo("1");
            assertThat(s.amounts().get(Level.COUNTY)).isEqualByComparingTo("1234.56");
            assertThat(s.explanation().rules()).extracting("ruleId").containsExactly("fiscal.county_power");
            assertThat(s.explanation().rules().get(0).citations()).containsExactly("GUOBANFA2022-20");
        }

        @Test
        void aLocalItemHasNoCentralShare() {
            FiscalSplit s = split(NationalTownships.get().require("330122101"),
                    new SharedService(null, null, ServiceCategory.HOUSING, Sharing.LOCAL, new BigDecimal("10")));
            assertThat(s.shares().get(Level.CENTRAL)).isEqualByComparingTo("0");
            assertThat(s.factorFormula()).isFalse();
        }

        @ParameterizedTest(name = "{0} yuan in tier {1}")
        @CsvSource({
                "0.05, 370202001, 0.02, 0.02, 0.01",        // tier 4: 0.015 rounds half-even to 0.02; 0.0175 to 0.02
                "0.25, 110101001, 0.02, 0.11, 0.12",        // tier 5: 0.025 → 0.02, 0.1125 → 0.11, county the rest
                "1000000.01, 370202001, 300000.00, 350000.00, 350000.01",
                "0.01, 510104017, 0.01, 0.00, 0.00",
                "333.33, 330122101, 100.00, 116.67, 116.66"})
        void roundsHalfEvenToTheFenAndTheCountyTakesTheRemainder(String amount, String township, String central,
                                                                 String province, String county) {
            FiscalSplit s = split(township, ServiceCategory.PUBLIC_HEALTH, amount);
            assertThat(s.amounts().get(Level.CENTRAL)).isEqualByComparingTo(central);
            assertThat(s.amounts().get(Level.PROVINCE)).isEqualByComparingTo(province);
            assertThat(s.amounts().get(Level.COUNTY)).isEqualByComparingTo(county);
            assertThat(s.amounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
        }

        @Test
        void partsAlwaysAddUpToTheWhole() {
            SplittableRandom r = new SplittableRandom(7);
            for (int i = 0; i < 300; i++) {
                BigDecimal amount = BigDecimal.valueOf(r.nextLong(0, 10_000_000_000L), 2 + r.nextInt(3));
                String code = TIERS.keySet().stream().skip(r.nextInt(TIERS.size())).findFirst().orElseThrow();
                FiscalSplit s = split(NationalTownships.get().require(firstTownshipUnder(code)),
                        SharedService.of(ServiceCategory.STUDENT_AID, amount));
                assertThat(s.amounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
                assertThat(s.shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
                for (Level l : new Level[] {Level.CENTRAL, Level.PROVINCE, Level.CITY, Level.TOWNSHIP}) {
                    assertThat(s.amounts().get(l)).isEqualTo(amount.multiply(s.shares().get(l)).setScale(2, RoundingMode.HALF_EVEN));
                }
            }
        }

        @Test
        void aProvinceWithNoTierIsAnErrorNamingTheCode() {
            Township nowhere = Township.builder().code("990101001").build();
            FiscalSplit s = split(nowhere, SharedService.of(ServiceCategory.PUBLIC_HEALTH, BigDecimal.TEN));
            assertThat(s.isComplete()).isFalse();
            assertThat(s.diagnostics()).extracting("code").contains("NO_PROVINCE_TIER");
            assertThat(s.diagnostics().get(0).message()).contains("province code 99 (township 990101001)");
        }

        @Test
        void aSplitBefore2019IsAnErrorButADecisionIsNot() {
            Township t = NationalTownships.get().require("330122101");
            assertThatThrownBy(() -> engine.split(t, SharedService.of(ServiceCategory.PUBLIC_HEALTH, BigDecimal.TEN), LocalDate.of(2018, 12, 31)))
                    .isInstanceOf(DecisionException.class).hasMessageContaining("first value is in force from 2019-01-01");
            assertThat(engine.decide(DecisionRequest.of(town().build(), stallPenalty().build(), LocalDate.of(2018, 6, 1))).outcome())
                    .isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void aNegativeAmountIsRefused() {
            assertThatThrownBy(() -> SharedService.of(ServiceCategory.PUBLIC_HEALTH, new BigDecimal("-1")))
                    .hasMessageContaining("service.amount must be a number of yuan, zero or more: -1");
        }
    }

    @Nested
    class MoneyFollowsTheMatter {
        @Test
        void aDelegatedMatterCarriesItsCostAndTransfer() {
            Decision d = engine.decide(DecisionRequest.of(town().countyManagedFinance(false).build(), stallPenalty().build(), AS_OF)
                    .withProvince(listedForTownsAndStreets()));
            assertThat(d.outcome()).isEqualTo(Outcome.DELEGATE);
            assertThat(d.fiscal()).hasValueSatisfying(f -> {
                assertThat(f.annualCost()).isEqualByComparingTo("32000");
                assertThat(f.countyTransfer()).isEqualByComparingTo("32000");
                assertThat(f.townshipPart()).isEqualByComparingTo("0");
                assertThat(f.payer()).isEqualTo(MatterCost.Payer.COUNTY_DEPARTMENT_TRANSFER);
            });
            assertThat(d.rulesFired()).contains("fiscal.money_follows_matter");
            assertThat(d.citations()).contains("GOVERNANCE2021");
        }

        @Test
        void underCountyManagedFinanceTheTreasuryPaysAndTheTransferIsBooked() {
            Decision d = engine.decide(DecisionRequest.of(town().countyManagedFinance(true).build(), stallPenalty().build(), AS_OF));
            assertThat(d.fiscal().orElseThrow().payer()).isEqualTo(MatterCost.Payer.COUNTY_TREASURY_BOOKED);
        }

        @Test
        void aRetainedMatterMovesNoMoney() {
            Decision d = engine.decide(DecisionRequest.of(town().certifiedOfficers(1).build(), stallPenalty().build(), AS_OF));
            assertThat(d.outcome()).isEqualTo(Outcome.RETAIN);
            assertThat(d.fiscal()).isEmpty();
            assertThat(d.rulesFired()).doesNotContain("fiscal.money_follows_matter");
        }
    }

    @Nested
    class UnfundedMandates {
        private final Township capable = NationalTownships.get().require("330122101").toBuilder()
                .enforcementTeam(true).certifiedOfficers(6).legalReviewers(1).capacityAssessed(true).build();

        private FiscalSummary assess(CountyMandates m) {
            return engine.assess(capable, AS_OF, Map.of(), m).fiscal();
        }

        @Test
        void aDutyWithACostAndNoTransferIsUnfunded() {
            FiscalSummary f = assess(CountyMandates.NONE.withDuty("UM-001", new BigDecimal("36000")));
            assertThat(f.mandates()).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(UnfundedMandate.Kind.NO_TRANSFER);
                assertThat(m.amount()).isEqualByComparingTo("36000");
                assertThat(m.ruleId()).isEqualTo("fiscal.unfunded_no_transfer");
                assertThat(m.citations()).contains("OPINIONS2017 §5");
                assertThat(m.textEn()).contains("transfers nothing: 36000 yuan unfunded");
            });
        }

        @Test
        void aShortTransferLeavesTheDifferenceUnfunded() {
            FiscalSummary f = assess(CountyMandates.NONE.withDuty("UM-001", new BigDecimal("36000"))
                    .withTransfer("UM-001", new BigDecimal("20000")));
            Mandate m = f.mandates().get(0);
            assertThat(m.kind()).isEqualTo(UnfundedMandate.Kind.SHORT_TRANSFER);
            assertThat(m.required()).isEqualByComparingTo("36000");
            assertThat(m.transferred()).isEqualByComparingTo("20000");
            assertThat(m.amount()).isEqualByComparingTo("16000");
        }

        @Test
        void aFullTransferIsNoFinding() {
            assertThat(assess(CountyMandates.NONE.withDuty("UM-001", new BigDecimal("36000"))
                    .withTransfer("UM-001", new BigDecimal("36000"))).mandates()).isEmpty();
        }

        @Test
        void aDutyWithoutADelegationBasisIsUnfundedWhateverIsTransferred() {
            FiscalSummary f = assess(CountyMandates.NONE.withDuty("PS-001", new BigDecimal("5000"))
                    .withTransfer("PS-001", new BigDecimal("5000")).withDuty("NR-003", new BigDecimal("900")));
            assertThat(f.mandates()).extracting(Mandate::matterCode, Mandate::kind).containsExactly(
                    tuple("NR-003", UnfundedMandate.Kind.NO_DELEGATION_BASIS),
                    tuple("PS-001", UnfundedMandate.Kind.NO_DELEGATION_BASIS));
            assertThat(f.totalUnfunded()).isEqualByComparingTo("5900");
        }

        @Test
        void theAssessmentTotalsCostsAndTransfers() {
            FiscalSummary f = assess(CountyMandates.NONE);
            assertThat(f.items()).isNotEmpty().allMatch(i -> i.outcome() == Outcome.ELIGIBLE || i.outcome() == Outcome.DELEGATE);
            assertThat(f.totalCost()).isEqualByComparingTo(f.items().stream().map(i -> i.fiscal().annualCost())
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(f.totalTransfer()).isEqualByComparingTo(f.totalCost());
        }

        @Test
        void aDutyForAMatterOutsideTheCatalogIsAnInputError() {
            assertThatThrownBy(() -> assess(CountyMandates.NONE.withDuty("XX-999", BigDecimal.ONE)))
                    .isInstanceOf(InputException.class).hasMessageContaining("'XX-999', which is not in the catalog");
        }
    }

    @Test
    void matterWithoutCostIsNotInTheSummary() {
        Matter free = stallPenalty().unitCost(null).build();
        assertThat(engine.decide(DecisionRequest.of(town().build(), free, AS_OF)).fiscal()).isEmpty();
    }
}

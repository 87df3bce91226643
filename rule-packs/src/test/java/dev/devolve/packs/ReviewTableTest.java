package dev.devolve.packs;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.DecisionException;
import dev.devolve.model.Matter;
import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.model.Township;
import dev.devolve.model.Usage;
import dev.devolve.model.UsageFinding;
import dev.devolve.output.ReviewJson;
import dev.devolve.result.Review;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.devolve.packs.Facts.listedForTownsAndStreets;
import static dev.devolve.packs.Facts.stallPenalty;
import static dev.devolve.packs.Facts.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every row of the review table in DECISIONS.md, in both directions, with the edges of each threshold. */
class ReviewTableTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);

    private static PolicyEngine engine;

    @BeforeAll
    static void build() {
        engine = PolicyEngine.builder().pack("review").build();
    }

    /** 40 cases in two years (731 days), none overturned, evaluated last summer. */
    private static Usage.Builder used() {
        return Usage.builder().from(FROM).to(TO).cases(40).reversals(0).lastEvaluated(LocalDate.of(2024, 6, 30));
    }

    private static Review review(Township t, Matter m, ProvinceContext p, Usage u) {
        DecisionRequest r = DecisionRequest.of(t, m, AS_OF);
        return engine.review(p == null ? r : r.withProvince(p), u);
    }

    private static Review review(Usage u) {
        return review(town().build(), stallPenalty().build(), listedForTownsAndStreets(), u);
    }

    @Test
    void aDelegatedPowerUsedAsItShouldBeIsKept() {
        Review r = review(used().build());
        assertThat(r.delegation().outcome()).isEqualTo(Outcome.DELEGATE);
        assertThat(r.outcome()).isEqualTo(ReviewOutcome.KEEP);
        assertThat(r.reasons()).containsExactly("review.keep");
        assertThat(r.findings()).isEmpty();
        assertThat(r.missing()).isEmpty();
        assertThat(r.obligations()).isEmpty();
        assertThat(r.citations()).containsExactly("APL2021 art.24");
        assertThat(r.explanation().summaryEn()).contains("19.9726 cases a year");
    }

    @Test
    void recallsAPowerTheTownshipNoLongerHoldsCarryingTheDelegationsReason() {
        Review r = review(town().capacityAssessed(false).build(), stallPenalty().build(), listedForTownsAndStreets(), used().build());
        assertThat(r.delegation().outcome()).isEqualTo(Outcome.RETAIN);
        assertThat(r.outcome()).isEqualTo(ReviewOutcome.RECALL);
        assertThat(r.reasons()).containsExactly("review.not_held");
        assertThat(r.findings()).containsExactly(UsageFinding.Kind.POWER_NOT_HELD);
        assertThat(r.explanation().summaryEn()).contains("RETAIN").contains("capacity.not_assessed");
        assertThat(review(used().build()).rulesFired()).doesNotContain("review.not_held");
    }

    @Test
    void recallsAnEligibleOrProhibitedPowerToo() {
        assertThat(review(town().build(), stallPenalty().build(), null, used().build()).outcome()).isEqualTo(ReviewOutcome.RECALL);
        Review barred = review(town().build(), stallPenalty().restrictsPersonalFreedom(true).build(), listedForTownsAndStreets(),
                used().build());
        assertThat(barred.delegation().outcome()).isEqualTo(Outcome.PROHIBITED);
        assertThat(barred.outcome()).isEqualTo(ReviewOutcome.RECALL);
    }

    @Test
    void aDelegationLackingFactsMakesTheReviewInsufficientNamingItsPaths() {
        Review r = review(town().certifiedOfficers(null).build(), stallPenalty().build(), listedForTownsAndStreets(), used().build());
        assertThat(r.outcome()).isEqualTo(ReviewOutcome.INSUFFICIENT_FACTS);
        assertThat(r.rulesFired()).contains("review.delegation_missing");
        assertThat(r.missing()).containsExactly("township.certifiedOfficers");
        assertThat(review(used().build()).rulesFired()).doesNotContain("review.delegation_missing");
    }

    @Test
    void aRecallStillWinsOverMissingDelegationFactsWhichAreListed() {
        Review r = review(town().certifiedOfficers(null).build(), stallPenalty().build(), listedForTownsAndStreets(),
                used().cases(0).build());
        assertThat(r.outcome()).isEqualTo(ReviewOutcome.RECALL);
        assertThat(r.reasons()).containsExactly("review.never_exercised");
        assertThat(r.missing()).containsExactly("township.certifiedOfficers");
    }

    @Test
    void aStatutoryPowerIsKeptWhateverItsUsage() {
        Review r = review(town().build(), stallPenalty().statutoryTownshipPower(true).basis("某法第十条").build(), null,
                used().cases(0).build());
        assertThat(r.delegation().outcome()).isEqualTo(Outcome.ALREADY_TOWNSHIP);
        assertThat(r.outcome()).isEqualTo(ReviewOutcome.KEEP);
        assertThat(r.reasons()).containsExactly("review.statutory");
        assertThat(r.citations()).contains("某法第十条");
        assertThat(r.rulesFired()).doesNotContain("review.never_exercised", "review.period_too_short");
        assertThat(review(used().build()).rulesFired()).doesNotContain("review.statutory");
    }

    @Test
    void recallsAPowerNeverExercised() {
        Review r = review(used().cases(0).build());
        assertThat(r.outcome()).isEqualTo(ReviewOutcome.RECALL);
        assertThat(r.reasons()).containsExactly("review.never_exercised");
        assertThat(r.findings()).isEmpty();
        assertThat(review(used().cases(1).build()).rulesFired()).doesNotContain("review.never_exercised");
    }

    @Test
    void recallsAPowerRarelyExercisedComparingExactly() {
        // 4 cases in 731 days is 1.997… a year: below 2.
        Review rare = review(used().cases(4).build());
        assertThat(rare.outcome()).isEqualTo(ReviewOutcome.RECALL);
        assertThat(rare.reasons()).containsExactly("review.rarely_exercised");
        assertThat(rare.explanation().summaryEn()).contains("1.9973 a year");
        // 4 cases in 730 days is exactly 2 a year: not below.
        Review exact = review(used().from(LocalDate.of(2023, 1, 2)).cases(4).build());
        assertThat(exact.usage().getDays()).isEqualTo(730);
        assertThat(exact.rulesFired()).doesNotContain("review.rarely_exercised");
        assertThat(exact.outcome()).isEqualTo(ReviewOutcome.KEEP);
    }

    @Test
    void recallsWhenTooManyDecisionsAreOverturned() {
        Review r = review(used().reversals(11).build());
        assertThat(r.outcome()).isEqualTo(ReviewOutcome.RECALL);
        assertThat(r.reasons()).containsExactly("review.cannot_handle");
        assertThat(r.rulesFired()).contains("review.strengthen");
        assertThat(r.obligations()).isEmpty();
        // 10 of 40 is exactly 0.25: not above the recall rate, but above the strengthen rate.
        Review edge = review(used().reversals(10).build());
        assertThat(edge.rulesFired()).doesNotContain("review.cannot_handle");
        assertThat(edge.outcome()).isEqualTo(ReviewOutcome.STRENGTHEN);
    }

    @Test
    void strengthensWhenMoreDecisionsAreOverturnedThanTheyShouldBe() {
        Review r = review(used().reversals(5).build());
        assertThat(r.outcome()).isEqualTo(ReviewOutcome.STRENGTHEN);
        assertThat(r.reasons()).containsExactly("review.strengthen");
        assertThat(r.obligations()).containsExactly(Obligation.CAPACITY_BUILDING, Obligation.COUNTY_SUPERVISION);
        // 4 of 40 is exactly 0.10: not above.
        Review edge = review(used().reversals(4).build());
        assertThat(edge.rulesFired()).doesNotContain("review.strengthen");
        assertThat(edge.outcome()).isEqualTo(ReviewOutcome.KEEP);
    }

    @Test
    void aPeriodShorterThanAYearIsInsufficientAndTheUsageTestsDoNotApply() {
        Review r = review(used().from(LocalDate.of(2024, 6, 1)).cases(0).build());
        assertThat(r.outcome()).isEqualTo(ReviewOutcome.INSUFFICIENT_FACTS);
        assertThat(r.missing()).containsExactly("usage.from");
        assertThat(r.reasons()).containsExactly("review.period_too_short");
        assertThat(r.rulesFired()).doesNotContain("review.never_exercised", "review.rarely_exercised");
        // 365 days exactly is a year.
        Review year = review(used().from(LocalDate.of(2024, 1, 2)).build());
        assertThat(year.usage().getDays()).isEqualTo(365);
        assertThat(year.rulesFired()).doesNotContain("review.period_too_short");
    }

    @Test
    void findsTheEvaluationOverdueWhenNeverOrLongAgoEvaluated() {
        assertThat(review(used().lastEvaluated(null).build()).findings()).containsExactly(UsageFinding.Kind.EVALUATION_OVERDUE);
        assertThat(review(used().lastEvaluated(LocalDate.of(2023, 2, 28)).build()).findings())
                .containsExactly(UsageFinding.Kind.EVALUATION_OVERDUE);
        // Two years before the as-of date to the day is not overdue.
        Review onTime = review(used().lastEvaluated(LocalDate.of(2023, 3, 1)).build());
        assertThat(onTime.findings()).isEmpty();
        assertThat(onTime.rulesFired()).doesNotContain("review.evaluation_overdue");
        // Independently of the outcome.
        Review recalled = review(used().cases(0).lastEvaluated(null).build());
        assertThat(recalled.outcome()).isEqualTo(ReviewOutcome.RECALL);
        assertThat(recalled.findings()).containsExactly(UsageFinding.Kind.EVALUATION_OVERDUE);
    }

    @Test
    void aReviewBeforeTheReviewParametersIsRefusedNamingOne() {
        DecisionRequest early = DecisionRequest.of(town().build(), stallPenalty().build(), LocalDate.of(2024, 1, 31))
                .withProvince(listedForTownsAndStreets());
        assertThatThrownBy(() -> engine.review(early, used().to(LocalDate.of(2023, 12, 31)).build()))
                .isInstanceOf(DecisionException.class)
                .satisfies(e -> assertThat(((DecisionException) e).code()).isEqualTo("PARAMETER_NOT_IN_FORCE"))
                .hasMessageContaining("review.").hasMessageContaining("2024-02-01");
    }

    @Test
    void theReviewDocumentCarriesTheDelegationAndTheUsage() {
        Review r = review(town().capacityAssessed(false).build(), stallPenalty().build(), listedForTownsAndStreets(),
                used().reversals(1).build());
        String json = ReviewJson.toJson(r);
        assertThat(json).contains("\"schema\" : \"devolve.review/1\"").contains("\"casesPerYear\" : 19.9726")
                .contains("\"reversalRate\" : 0.025").contains("capacity.not_assessed").contains("POWER_NOT_HELD");
    }

    @Test
    void usageRefusesAReversedPeriodAndMoreReversalsThanCases() {
        assertThatThrownBy(() -> used().from(TO).to(FROM).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before usage.from");
        assertThatThrownBy(() -> used().cases(3).reversals(4).build()).hasMessageContaining("more than usage.cases");
        assertThatThrownBy(() -> used().cases(-1).build()).hasMessageContaining("usage.cases");
    }
}

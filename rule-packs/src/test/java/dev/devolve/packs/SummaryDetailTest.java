package dev.devolve.packs;

import dev.devolve.api.Detail;
import dev.devolve.api.PolicyEngine;
import dev.devolve.batch.DutyCsv;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.CountyMandates;
import dev.devolve.model.DutyItem;
import dev.devolve.model.Township;
import dev.devolve.result.Decision;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyLists;
import dev.devolve.result.RuleContribution;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A summary decides exactly what the full decision does; it only leaves the sentences unrendered. */
class SummaryDetailTest {

    private static final PolicyEngine ENGINE = PolicyEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

    @Test
    void aSummaryDecidesAsTheFullDecisionDoesInEveryTownshipOfASample() {
        NationalTownships list = NationalTownships.get();
        int compared = 0;
        for (int i = 0; i < list.size(); i += 997) {
            Township t = list.require(list.codes().get(i));
            List<Decision> full = ENGINE.assess(t, AS_OF, Map.of(), CountyMandates.NONE, Detail.FULL).decisions();
            List<Decision> brief = ENGINE.assess(t, AS_OF, Map.of(), CountyMandates.NONE, Detail.SUMMARY).decisions();
            assertThat(brief).hasSameSizeAs(full);
            for (int j = 0; j < full.size(); j++) {
                Decision f = full.get(j);
                Decision s = brief.get(j);
                assertThat(s.outcome()).isEqualTo(f.outcome());
                assertThat(s.mode()).isEqualTo(f.mode());
                assertThat(s.obligations()).isEqualTo(f.obligations());
                assertThat(s.citations()).isEqualTo(f.citations());
                assertThat(s.missing()).isEqualTo(f.missing());
                assertThat(s.fiscal()).isEqualTo(f.fiscal());
                assertThat(s.rulesFired()).isEqualTo(f.rulesFired());
                assertThat(s.explanation().decisive().stream().map(RuleContribution::ruleId).toList())
                        .isEqualTo(f.explanation().decisive().stream().map(RuleContribution::ruleId).toList());
                assertThat(s.explanation().rules()).allSatisfy(c -> {
                    assertThat(c.effects()).isEmpty();
                    assertThat(c.textEn()).isEmpty();
                    assertThat(c.facts()).isEmpty();
                });
                assertThat(s.explanation().toChange()).isEmpty();
                // The sentence names the outcome and mode; the full one goes on with the reasons.
                assertThat(f.explanation().summaryEn()).startsWith(s.explanation().summaryEn());
                assertThat(f.explanation().summaryZh()).startsWith(s.explanation().summaryZh());
                assertThat(s.explanation().summaryEn()).doesNotContain(":");
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(3_000);
    }

    @Test
    void aDutyWithTheCodeOfAnotherIsWrittenWithItsOwnCells() {
        Township t = NationalTownships.get().require("330122101");
        DutyLists lists = ENGINE.duties(t, LocalDate.of(2025, 6, 1), Detail.SUMMARY);
        DutyCsv csv = new DutyCsv();
        String first = csv.format(lists);
        DutyItem renamed = lists.decisions().get(0).duty().toBuilder().name("另一个名称").build();
        DutyDecision d = lists.decisions().get(0);
        DutyDecision same = new DutyDecision(renamed, d.list(), d.lead(), d.reasons(), d.citations(), d.missing(), d.rulesFired(),
                d.delegation(), d.explanation(), d.diagnostics());
        DutyLists other = new DutyLists(t, lists.asOf(), List.of(same), lists.packs());
        assertThat(csv.format(other)).contains(",另一个名称,");
        assertThat(csv.format(lists)).isEqualTo(first);
    }
}

package dev.devolve.model;

import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.Node;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Duty and proposal facts are declared once, in their fact tables, and the documents list every one. */
class DutyFactTablesTest {

    @Test
    void dutyAndProposalFactsAreFoundByPathWithTheirDefaults() {
        assertThat(FactTable.byPath("duty.exercisesPerYear")).containsSame(DutyFacts.EXERCISES_PER_YEAR);
        assertThat(FactTable.byPath("proposal.townshipRole")).containsSame(ProposalFacts.TOWNSHIP_ROLE);
        DutyItem d = DutyItem.builder().code("X").build();
        assertThat(d.getLegalLead()).isEqualTo(LegalLead.NONE);
        assertThat(d.isCountyLeads()).isFalse();
        assertThat(d.getObjects()).isEmpty();
        assertThat(d.get(DutyFacts.ACCOUNTABILITY)).isNull();
        assertThat(d.hasNoObjectIn(Set.of(TownshipObject.MINES))).isFalse();
        assertThat(d.toBuilder().objects(Set.of(TownshipObject.FORESTS)).build().hasNoObjectIn(Set.of(TownshipObject.MINES))).isTrue();
        Proposal p = Proposal.builder().duty(d).annualCost(new BigDecimal("50000")).funding(new BigDecimal("19999.99")).build();
        assertThat(p.getShortfall()).isEqualByComparingTo("30000.01");
        assertThat(p.isByTemporaryBody()).isFalse();
    }

    @Test
    void aNegativeCostOrTimesAYearIsRefusedNamingThePath() {
        assertThatThrownBy(() -> Proposal.builder().annualCost(new BigDecimal("-5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("proposal.annualCost must not be negative");
        assertThatThrownBy(() -> DutyItem.builder().exercisesPerYear(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("duty.exercisesPerYear must not be negative");
    }

    @Test
    void theDutyDocumentsListEveryDeclaredFact() throws IOException {
        assertThat(defs("duties").get("duty").asMap().get("properties").asMap().keys()).containsExactlyElementsOf(DutyFacts.TABLE.keys());
        Node.MapNode admission = root("admission");
        List<String> proposal = new ArrayList<>(ProposalFacts.TABLE.keys());
        proposal.add(proposal.indexOf("staff"), "shortfall");
        assertThat(admission.get("properties").asMap().get("proposal").asMap().get("properties").asMap().keys())
                .containsExactlyElementsOf(proposal);
    }

    private static Node.MapNode defs(String schema) throws IOException {
        return root(schema).get("$defs").asMap();
    }

    private static Node.MapNode root(String schema) throws IOException {
        try (InputStream in = DutyFactTablesTest.class.getResourceAsStream("/dev/devolve/schema/" + schema + ".schema.json")) {
            return Documents.parse(schema, new String(in.readAllBytes(), StandardCharsets.UTF_8)).asMap();
        }
    }
}

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

/** The fact tables are the one declaration of every input fact: what follows from them, and what must list them. */
class FactTablesTest {

    @Test
    void aFactIsFoundByItsPathAndItsValueIsReadBack() {
        assertThat(FactTable.byPath("township.objects")).containsSame(TownshipFacts.OBJECTS);
        assertThat(FactTable.byPath("matter.spread")).containsSame(MatterFacts.SPREAD);
        assertThat(FactTable.byPath("province.listedFor")).containsSame(ProvinceFacts.LISTED_FOR);
        assertThat(FactTable.byPath("township.volcanoes")).isEmpty();
        Township t = Township.builder().set(TownshipFacts.OBJECTS, Set.of(TownshipObject.FORESTS)).build();
        assertThat(t.getObjects()).containsExactly(TownshipObject.FORESTS);
        assertThat(t.facts()).containsEntry("township.objects", Set.of(TownshipObject.FORESTS));
    }

    @Test
    void missingListsTheUnknownFactsWhoseAbsenceIsMissingAndDefaultsFillTheOthers() {
        Matter m = Matter.builder().code("X").category(MatterCategory.PENALTY).build();
        assertThat(m.getMissing()).containsExactly("matter.field", "matter.facesPublic", "matter.annualCases", "matter.spread",
                "matter.professionalDemand", "matter.unitCost");
        assertThat(m.isMajorPenalty()).isFalse();
        Township t = Township.builder().code("410122101").certifiedOfficers(3).build();
        assertThat(t.getKind()).isEqualTo(TownshipKind.TOWN);
        assertThat(t.getClasses()).isEmpty();
        assertThat(t.getMissing()).doesNotContain("township.kind", "township.certifiedOfficers", "township.classes")
                .contains("township.objects", "township.enforcementTeam");
        assertThat(MissingFact.absent(t, m)).extracting(MissingFact::getPath).startsWith("township.population").contains("matter.field");
    }

    @Test
    void aValueTheFactDoesNotTakeIsRefusedNamingThePath() {
        assertThatThrownBy(() -> Township.builder().set(TownshipFacts.LEGAL_REVIEWERS, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("township.legalReviewers must not be negative: -1");
        assertThatThrownBy(() -> Matter.builder().set(MatterFacts.UNIT_COST, new BigDecimal("-2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("matter.unitCost must not be negative");
        assertThatThrownBy(() -> Matter.builder().set(MatterFacts.SPREAD, new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("matter.spread must be between 0 and 1");
        assertThatThrownBy(() -> Township.builder().set((FactField<String>) (FactField<?>) MatterFacts.BASIS, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("matter.basis is not a fact of township");
    }

    @Test
    void theDecisionSchemaListsEveryDeclaredFact() throws IOException {
        Node.MapNode defs;
        try (InputStream in = FactTablesTest.class.getResourceAsStream("/dev/devolve/schema/decision.schema.json")) {
            defs = Documents.parse("decision.schema.json", new String(in.readAllBytes(), StandardCharsets.UTF_8)).asMap().get("$defs").asMap();
        }
        List<String> township = new ArrayList<>(TownshipFacts.TABLE.keys());
        township.add("synthetic");
        assertThat(defs.get("township").asMap().get("properties").asMap().keys()).containsExactlyElementsOf(township);
        assertThat(defs.get("matter").asMap().get("properties").asMap().keys()).containsAll(MatterFacts.TABLE.keys());
    }
}

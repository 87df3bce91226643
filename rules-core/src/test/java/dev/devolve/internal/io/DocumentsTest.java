package dev.devolve.internal.io;

import dev.devolve.error.InputException;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipClass;
import dev.devolve.model.TownshipKind;
import dev.devolve.model.TownshipObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentsTest {

    private static Township township(String yaml) {
        return FactReader.township(Documents.parse("t.yaml", yaml).asMap());
    }

    @Test
    void readsATownshipWithTheVocabulary() {
        Township t = township("""
                code: "410122101"
                kind: TOWN
                classes: [CENTRAL_TOWN, REMOTE]
                enforcementTeam: true
                certifiedOfficers: 8
                ownRevenue: 1200000.50
                """);
        assertThat(t.getKind()).isEqualTo(TownshipKind.TOWN);
        assertThat(t.getClasses()).containsExactlyInAnyOrder(TownshipClass.CENTRAL_TOWN, TownshipClass.REMOTE);
        assertThat(t.getCertifiedOfficers()).isEqualTo(8);
        assertThat(t.getOwnRevenue()).isEqualByComparingTo(new BigDecimal("1200000.50"));
        assertThat(t.getLegalReviewers()).isNull();
    }

    @Test
    void anUnknownKeyNamesFileLineColumnAndTheAllowedKeys() {
        assertThatThrownBy(() -> township("code: \"410122101\"\ncertifiedOficers: 3\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.yaml:2:")
                .hasMessageContaining("unknown key 'certifiedOficers'")
                .hasMessageContaining("certifiedOfficers");
    }

    @Test
    void anUnknownWordListsTheAllowedWords() {
        assertThatThrownBy(() -> township("kind: VILLAGE\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("t.yaml:1:7: kind: unknown word 'VILLAGE'; allowed: STREET, TOWN, TOWNSHIP, ETHNIC_TOWNSHIP, SUMU, OTHER");
    }

    @Test
    void objectsAreWordsOfTheirOwnAndUnknownWhenAbsent() {
        assertThat(township("objects: [MINES, SCHOOLS]\n").getObjects())
                .containsExactly(TownshipObject.MINES, TownshipObject.SCHOOLS);
        assertThat(township("objects: []\n").getObjects()).isEmpty();
        Township unknown = township("code: \"410122101\"\n");
        assertThat(unknown.getObjects()).isNull();
        assertThat(unknown.getMissing()).contains("township.objects");
        assertThat(unknown.facts()).containsEntry("township.objects", null);
    }

    @Test
    void anUnknownObjectWordListsTheAllowedWordsWhereItIsWritten() {
        assertThatThrownBy(() -> township("code: \"410122101\"\nobjects: [MINES, VOLCANOES]\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("t.yaml:2:18: objects[1]: unknown word 'VOLCANOES'; allowed: MINES, FORESTS, GRASSLANDS, RIVERS_AND_LAKES, "
                        + "COASTLINE, FARMLAND, HAZARDOUS_CHEMICALS, SPECIAL_EQUIPMENT, GAS_SUPPLY, CONSTRUCTION_SITES, "
                        + "INDUSTRIAL_ENTERPRISES, FOOD_BUSINESSES, SCENIC_AREAS, LIVESTOCK_FARMS, SCHOOLS, CULTURAL_RELICS");
    }

    @Test
    void aWrongTypeNamesTheKeyAndValue() {
        assertThatThrownBy(() -> township("enforcementTeam: 3\n"))
                .hasMessage("t.yaml:1:18: enforcementTeam: expected true or false, found '3'");
        assertThatThrownBy(() -> township("certifiedOfficers: 2.5\n"))
                .hasMessageContaining("certifiedOfficers: expected a whole number, found '2.5'");
        assertThatThrownBy(() -> township("certifiedOfficers: -1\n"))
                .hasMessageContaining("certifiedOfficers: township.certifiedOfficers must not be negative: -1");
    }

    @Test
    void aBadCodeIsReportedAtItsKey() {
        assertThatThrownBy(() -> township("code: \"4101\"\n"))
                .hasMessage("t.yaml:1:7: code: township code must be 9 or 12 digits: '4101'");
    }

    @Test
    void yamlOneOneBooleansKeepTheirMeaning() {
        assertThat(township("enforcementTeam: yes\n").getEnforcementTeam()).isTrue();
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> township("kind: TOWN\nkind: STREET\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("duplicate");
    }

    @Test
    void jsonSyntaxErrorsHaveALine() {
        assertThatThrownBy(() -> Documents.parse("m.json", "{\n  \"code\": \"A\",\n  \"category\" \"PENALTY\"\n}"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("m.json:3:")
                .hasMessageContaining("syntax error");
    }

    @Test
    void readsAMatterFromJson() {
        Matter m = FactReader.matter(Documents.parse("m.json", "{\"code\":\"A\",\"category\":\"PENALTY\",\"spread\":0.5}").asMap());
        assertThat(m.getCategory()).isEqualTo(MatterCategory.PENALTY);
        assertThat(m.getSpread()).isEqualByComparingTo("0.5");
        assertThat(m.isMajorPenalty()).isFalse();
    }

    @Test
    void spreadMustBeAShare() {
        assertThatThrownBy(() -> FactReader.matter(Documents.parse("m.yaml", "spread: 1.5\n").asMap()))
                .hasMessage("m.yaml:1:9: spread: matter.spread must be between 0 and 1: 1.5");
    }

    @Test
    void provinceNeedsPublicationToBeSaid() {
        ProvinceContext p = FactReader.province(Documents.parse("p.yaml",
                "decisionPublished: true\ndecisionDate: 2022-01-01\nlistedFor: [TOWN]\nrecalledOn: 2025-01-01\n").asMap());
        assertThat(p.getDecisionDate()).contains(LocalDate.of(2022, 1, 1));
        assertThat(p.getListedFor()).isEqualTo(Set.of(TownshipKind.TOWN));
        assertThat(p.getRecalledOn()).contains(LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> FactReader.province(Documents.parse("p.yaml", "decisionDate: 2022-01-01\n").asMap()))
                .hasMessageContaining("give province.decisionPublished");
        assertThatThrownBy(() -> FactReader.province(Documents.parse("p.yaml", "decisionPublished: true\ndecisionDate: 2022-13-01\n").asMap()))
                .hasMessage("p.yaml:2:15: decisionDate: expected a date as YYYY-MM-DD, found '2022-13-01'");
    }

    @Test
    void anEmptyDocumentIsAnError() {
        assertThatThrownBy(() -> Documents.parse("e.yaml", "")).hasMessage("e.yaml:1:1: the document is empty");
    }
}

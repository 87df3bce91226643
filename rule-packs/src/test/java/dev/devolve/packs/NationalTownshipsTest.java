package dev.devolve.packs;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.devolve.error.InputException;
import dev.devolve.input.NationalTownships;
import dev.devolve.input.SyntheticAttributes;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipKind;
import dev.devolve.model.TownshipObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NationalTownshipsTest {

    private final NationalTownships list = NationalTownships.get();

    @Test
    void everyCodeAndNameIsReadAsACsvLibraryReadsThem() throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows;
        try (InputStream in = NationalTownships.class.getClassLoader().getResourceAsStream(NationalTownships.RESOURCE);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            rows = it.readAll();
        }
        assertThat(rows).hasSize(list.size());
        for (Map<String, String> row : rows) {
            assertThat(list.find(row.get("code"))).as(row.get("code")).hasValueSatisfying(t -> assertThat(t.getName()).isEqualTo(row.get("name")));
        }
        assertThat(list.codes()).isSorted();
    }

    @Test
    void holdsEveryTownshipLevelUnitOfTheStatisticalList() {
        assertThat(list.size()).isEqualTo(41_352);
        Map<TownshipKind, Integer> kinds = new EnumMap<>(TownshipKind.class);
        list.stream().forEach(t -> kinds.merge(t.getKind(), 1, Integer::sum));
        assertThat(kinds.get(TownshipKind.STREET)).isEqualTo(9_067);
        assertThat(kinds.get(TownshipKind.TOWN)).isEqualTo(21_377);
        assertThat(kinds.get(TownshipKind.OTHER)).isEqualTo(2_710);
        assertThat(kinds.get(TownshipKind.TOWNSHIP) + kinds.get(TownshipKind.ETHNIC_TOWNSHIP) + kinds.get(TownshipKind.SUMU))
                .isEqualTo(8_198);
        assertThat(kinds.get(TownshipKind.SUMU)).isPositive();
        assertThat(kinds.get(TownshipKind.ETHNIC_TOWNSHIP)).isPositive();
    }

    @Test
    void findsARealTownshipWithItsNameAndKind() {
        Township t = list.require("330122101");
        assertThat(t.getName()).isEqualTo("富春江镇");
        assertThat(t.getKind()).isEqualTo(TownshipKind.TOWN);
        assertThat(list.find("330122101000")).contains(t);
        assertThat(list.require("110101001").getKind()).isEqualTo(TownshipKind.STREET);
    }

    @Test
    void generatedAttributesAreDeterministicAndMarkedSynthetic() {
        Township a = list.require("330122101");
        Township b = SyntheticAttributes.generate("330122101", "富春江镇");
        assertThat(a).isEqualTo(b);
        assertThat(a.facts()).isEqualTo(b.facts());
        assertThat(a.getSyntheticFacts()).isEqualTo(SyntheticAttributes.PATHS);
        assertThat(a.getPopulation()).isPositive();
        assertThat(a.getCertifiedOfficers()).isNotNull();
    }

    @Test
    void aCountysOwnFigureReplacesTheSyntheticOne() {
        Township observed = list.require("330122101").toBuilder().certifiedOfficers(5).build();
        assertThat(observed.getSyntheticFacts()).doesNotContain("township.certifiedOfficers").contains("township.population");
    }

    @Test
    void syntheticDistributionsFollowTheKind() {
        double streetTeams = list.stream().filter(t -> t.getKind() == TownshipKind.STREET).filter(Township::getEnforcementTeam).count() / 9_067.0;
        double sumuTeams = list.stream().filter(t -> t.getKind() == TownshipKind.SUMU).filter(Township::getEnforcementTeam).count()
                / (double) list.stream().filter(t -> t.getKind() == TownshipKind.SUMU).count();
        assertThat(streetTeams).isBetween(0.90, 0.94);
        assertThat(sumuTeams).isLessThan(0.7);
    }

    @Test
    void syntheticObjectsFollowTheKindAndAreTheSameEveryTime() {
        double sumuGrasslands = list.stream().filter(t -> t.getKind() == TownshipKind.SUMU)
                .filter(t -> t.getObjects().contains(TownshipObject.GRASSLANDS)).count()
                / (double) list.stream().filter(t -> t.getKind() == TownshipKind.SUMU).count();
        double streetGrasslands = list.stream().filter(t -> t.getKind() == TownshipKind.STREET)
                .filter(t -> t.getObjects().contains(TownshipObject.GRASSLANDS)).count() / 9_067.0;
        assertThat(sumuGrasslands).isGreaterThan(0.8);
        assertThat(streetGrasslands).isLessThan(0.03);
        Township t = list.require("330122101");
        assertThat(t.getSyntheticFacts()).contains("township.objects");
        assertThat(SyntheticAttributes.generate(t.getCode(), t.getName()).getObjects()).isEqualTo(t.getObjects()).isNotEmpty();
    }

    @Test
    void anUnknownCodeNamesTheNearestKnownCodes() {
        assertThatThrownBy(() -> list.require("330122199"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown township code '330122199'")
                .hasMessageContaining("330122");
        assertThat(list.nearest("330122199", 3)).hasSize(3).allMatch(s -> s.startsWith("3301"));
        assertThat(list.find("abc")).isEmpty();
        assertThat(list.find("33012210")).isEmpty();
    }
}

package dev.devolve.pack;

import dev.devolve.TestPacks;
import dev.devolve.error.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void loadsManifestParametersDrlAndCatalogFromADirectory() {
        RulePack p = PackLoader.directory(TestPacks.tiny(tmp));
        assertThat(p.id()).isEqualTo("tiny");
        assertThat(p.manifest().effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(p.drl()).containsOnlyKeys("dev/devolve/test/tiny.drl");
        assertThat(p.catalog()).extracting(m -> m.getCode()).containsExactly("A", "B");
        Parameter min = p.parameters().get("tiny.min_cases");
        assertThat(min.valueOn(LocalDate.of(2022, 12, 31)).orElseThrow().value()).isEqualTo(new BigDecimal("10"));
        assertThat(min.valueOn(LocalDate.of(2023, 1, 1)).orElseThrow().value()).isEqualTo(new BigDecimal("20"));
        assertThat(min.valueOn(LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(p.contentHash()).hasSize(64);
    }

    @Test
    void theContentHashChangesWithAnyFile() {
        Path dir = TestPacks.tiny(tmp);
        String before = PackLoader.directory(dir).contentHash();
        TestPacks.edit(dir, "matters.csv", "busy matter", "busier matter");
        assertThat(PackLoader.directory(dir).contentHash()).isNotEqualTo(before);
    }

    @Test
    void theContentHashCoversWhatTheEngineReadsAndNothingElse() throws IOException {
        Path dir = TestPacks.tiny(tmp);
        String before = PackLoader.directory(dir).contentHash();
        Files.writeString(dir.resolve("README.md"), "# Tiny\nNotes for the people who edit it.\n");
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/tiny.yaml"), "scenarios: []\n");
        assertThat(PackLoader.directory(dir).contentHash()).as("a README and a scenario are not read").isEqualTo(before);
        Files.writeString(dir.resolve("README.md"), "# Tiny, edited\n");
        assertThat(PackLoader.directory(dir).contentHash()).isEqualTo(before);

        TestPacks.edit(dir, "dev/devolve/test/tiny.drl", "then\n", "then // a comment the compiler reads\n");
        String drlEdited = PackLoader.directory(dir).contentHash();
        assertThat(drlEdited).as("a DRL file is read").isNotEqualTo(before);
        TestPacks.edit(dir, "parameters.yaml", "value: 20", "value: 21");
        assertThat(PackLoader.directory(dir).contentHash()).as("parameters are read").isNotEqualTo(drlEdited);
    }

    @Test
    void aManifestWithoutAVersionNamesFileAndKey() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, "pack.yaml", "version: 0.0.1\n", "");
        assertThatThrownBy(() -> PackLoader.directory(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("pack.yaml:1:1: missing required key 'version'");
    }

    @Test
    void parameterValuesMustBeInDateOrderAndSourced() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, "parameters.yaml", "since: 2023-01-01", "since: 2019-01-01");
        assertThatThrownBy(() -> PackLoader.directory(dir))
                .hasMessageContaining("parameters.yaml:11:14: tiny.min_cases.values[1].since: ")
                .hasMessageContaining("values must be in date order; 2019-01-01 is not after 2020-01-01");
        Path dir2 = TestPacks.tiny(tmp.resolve("2"));
        TestPacks.edit(dir2, "parameters.yaml", "      status: verified\n", "");
        assertThatThrownBy(() -> PackLoader.directory(dir2)).hasMessageContaining("parameters.yaml:7:7: tiny.min_cases.values[0]: every value"
                + " needs status: verified (its source states the number) or modelled, found none");
        Path dir3 = TestPacks.tiny(tmp.resolve("3"));
        TestPacks.edit(dir3, "parameters.yaml", "      status: verified\n", "      reference: \"OPINIONS2071 §5\"\n      status: verified\n");
        assertThatThrownBy(() -> PackLoader.directory(dir3)).hasMessageContaining("tiny.min_cases.values[0].reference: a reference is a citation id")
                .hasMessageContaining("found 'OPINIONS2071 §5'");
    }

    @Test
    void aParameterOfTheWrongTypeIsReportedWhereItIs() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, "parameters.yaml", "value: 10", "value: ten");
        assertThatThrownBy(() -> PackLoader.directory(dir)).hasMessageContaining("parameters.yaml:8:14: tiny.min_cases.values[0].value: expected a number, found 'ten'");
    }

    @Test
    void catalogErrorsNameLineAndColumn() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.edit(dir, "matters.csv", "B,quiet matter,LICENSING", "B,quiet matter,LICENCE");
        assertThatThrownBy(() -> PackLoader.directory(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("matters.csv:3:3: category: unknown word 'LICENCE'; allowed: PENALTY, LICENSING");
        Path dir2 = TestPacks.tiny(tmp.resolve("2"));
        TestPacks.edit(dir2, "matters.csv", "unitCost\n", "unitCosts\n");
        assertThatThrownBy(() -> PackLoader.directory(dir2)).hasMessageContaining("matters.csv:1:9: unknown column 'unitCosts'");
        Path dir3 = TestPacks.tiny(tmp.resolve("3"));
        TestPacks.edit(dir3, "matters.csv", "B,quiet", "A,quiet");
        assertThatThrownBy(() -> PackLoader.directory(dir3)).hasMessageContaining("matters.csv:3:1: code: duplicate matter code 'A'");
    }

    @Test
    void tableSharesMustSumToWhatTheParameterSays() {
        Path dir = TestPacks.tiny(tmp);
        TestPacks.write(dir, "parameters.yaml", """
                fiscal.local_split:
                  type: TABLE
                  sumsTo: 1
                  description: {zh: 地方分担, en: Local split}
                  values:
                    - since: 2019-01-01
                      value: {province: 0.5, city: 0.1, county: 0.5, township: 0}
                      note: "an override that does not add up"
                      status: modelled
                """);
        assertThatThrownBy(() -> PackLoader.directory(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("parameters.yaml:7:14: fiscal.local_split.values[0].value: the shares add up to 1.1, not 1");
        TestPacks.edit(dir, "parameters.yaml", "city: 0.1", "city: 0");
        Parameter split = PackLoader.directory(dir).parameters().get("fiscal.local_split");
        assertThat(split.type()).isEqualTo(Parameter.Type.TABLE);
        assertThat(split.values().get(0).value()).isEqualTo(java.util.Map.of("province", new BigDecimal("0.5"),
                "city", new BigDecimal("0"), "county", new BigDecimal("0.5"), "township", new BigDecimal("0")));
    }

    @Test
    void aDirectoryWithoutAManifestIsNotAPack() {
        assertThatThrownBy(() -> PackLoader.directory(tmp)).hasMessageContaining("a pack directory needs a pack.yaml");
    }
}

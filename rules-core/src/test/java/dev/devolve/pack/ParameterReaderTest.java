package dev.devolve.pack;

import dev.devolve.error.PackBuildException;
import dev.devolve.internal.io.CsvTable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** parameters.yaml and a parameter sheet are checked by the same reader, each error at its place in its file. */
class ParameterReaderTest {

    private static final String HEADER = "name,type,since,value,reference,note,status,unit,description_zh,description_en,sumsTo\n";

    private static List<Parameter> sheet(String rows) {
        return ParameterSheet.parameters(CsvTable.parse("parameters.csv", HEADER + rows, new LinkedHashSet<>(ParameterSheet.COLUMNS)));
    }

    @Test
    void aYamlFileAndASheetGiveTheSameParameter() {
        Map<String, Parameter> yaml = ParameterYaml.parameters("parameters.yaml", """
                fiscal.local_split:
                  type: TABLE
                  unit: share
                  description: {zh: 分成, en: Split}
                  values:
                    - {since: 2020-01-01, value: {province: 0.5, county: 0.5}, reference: GUOFA2016-49, status: verified}
                """);
        List<Parameter> csv = sheet("fiscal.local_split,TABLE,2020-01-01,province=0.5|county=0.5,GUOFA2016-49,,verified,share,分成,Split,\n");
        Parameter a = yaml.get("fiscal.local_split");
        Parameter b = csv.get(0);
        assertThat(b.name()).isEqualTo(a.name());
        assertThat(b.type()).isEqualTo(a.type());
        assertThat(b.values()).hasSize(1);
        assertThat(b.values().get(0).value()).isEqualTo(a.values().get(0).value())
                .isEqualTo(Map.of("province", new BigDecimal("0.5"), "county", new BigDecimal("0.5")));
        assertThat(b.values().get(0).provenance()).isEqualTo(a.values().get(0).provenance());
        assertThat(b.valueOn(LocalDate.of(2024, 1, 1))).isPresent();
    }

    @Test
    void aSheetIsCheckedForDateOrderProvenanceAndSharesAtItsRowAndColumn() {
        assertThatThrownBy(() -> sheet("tiny.min_cases,NUMBER,2021-01-01,10,,a note,modelled,,最少,Minimum,\n"
                + "tiny.min_cases,NUMBER,2020-01-01,12,,a note,modelled,,,,\n"))
                .hasMessage("parameters.csv:3:3: since: values must be in date order; 2020-01-01 is not after 2021-01-01");
        assertThatThrownBy(() -> sheet("tiny.min_cases,NUMBER,2021-01-01,10,,,verified,,最少,Minimum,\n"))
                .hasMessage("parameters.csv:2:6: note: every value needs a reference (a citation id) or a note saying where it comes from");
        assertThatThrownBy(() -> sheet("fiscal.township_share,NUMBER,2021-01-01,1.5,,a note,modelled,,份额,Share,\n"))
                .isInstanceOf(PackBuildException.class)
                .satisfies(e -> assertThat(((PackBuildException) e).diagnostics()).singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo("PARAMETER_SHARE");
                    assertThat(d.location()).hasValueSatisfying(l -> assertThat(l.toString()).isEqualTo("parameters.csv:2:4"));
                }));
        assertThatThrownBy(() -> sheet("fiscal.local_split,NUMBER,2021-01-01,1,,a note,modelled,,份额,Share,1\n"))
                .hasMessage("parameters.csv:2:11: sumsTo: sumsTo applies to TABLE parameters only");
    }
}

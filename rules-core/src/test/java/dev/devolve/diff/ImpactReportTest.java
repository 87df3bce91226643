package dev.devolve.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devolve.output.report.DiffJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The impact report's JSON lists its keys in one fixed order, whatever the JVM. */
class ImpactReportTest {

    @Test
    void examplesListTheirKeysInTheDocumentedOrder() throws Exception {
        ImpactReport r = new ImpactReport(LocalDate.of(2024, 3, 1), 1, 1, Map.of("RETAIN → DELEGATE", 1L), Map.of(), Map.of(), Map.of(),
                List.of(new ImpactReport.Example("330122101", "富春江镇", "M1", "罚款", "RETAIN", "DELEGATE", "保留", "kept", "下放", "handed down")),
                BigDecimal.ZERO, BigDecimal.ONE, 0, 0, List.of(), List.of());
        JsonNode example = new ObjectMapper().readTree(DiffJson.toJson(r)).get("examples").get(0);
        assertThat(keys(example)).containsExactly("township", "townshipName", "matter", "matterName", "base", "head");
        assertThat(keys(example.get("base"))).containsExactly("outcome", "summary");
        assertThat(keys(example.get("base").get("summary"))).containsExactly("zh", "en");
        assertThat(keys(example.get("head").get("summary"))).containsExactly("zh", "en");
        assertThat(example.at("/head/summary/en").asText()).isEqualTo("handed down");
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

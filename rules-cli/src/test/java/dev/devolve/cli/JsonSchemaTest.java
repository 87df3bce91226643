package dev.devolve.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.devolve.api.DecisionRequest;
import dev.devolve.api.JsonlDecisionLog;
import dev.devolve.api.PolicyEngine;
import dev.devolve.cli.Cli.Result;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dev.devolve.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every JSON document the library and the command line write validates against the schema shipped
 * under {@code dev/devolve/schema/}, and the schemas are strict enough to notice a renamed or missing field.
 */
class JsonSchemaTest {

    private static final Path REFERENCE = Path.of("../rule-packs/src/main/resources/devolve/packs");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix("https://devolve.dev/schema/", "classpath:dev/devolve/schema/")));

    @TempDir
    Path tmp;

    private static List<Error> errors(String schema, String json) {
        Schema s = SCHEMAS.getSchema(SchemaLocation.of("https://devolve.dev/schema/" + schema + ".schema.json"));
        return s.validate(json, InputFormat.JSON);
    }

    private static String ok(Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void decideWritesADecision() {
        assertThat(errors("decision", ok(run("decide", "--township", "330122101", "--matter", "UM-001", "--as-of", "2024-03-01",
                "--format", "json")))).isEmpty();
    }

    @Test
    void assessWritesAnAssessment() {
        assertThat(errors("assessment", ok(run("assess", "--township", "330122101", "--as-of", "2024-03-01", "--format", "json")))).isEmpty();
    }

    @Test
    void dutiesWritesDutyListsWithDeviations() {
        String json = ok(run("duties", "--township", "330110109", "--as-of", "2025-07-01", "--format", "json", "--published",
                "../examples/duty-lists/yuhang-330110.csv"));
        assertThat(json).contains("\"kind\" : \"LIST_DEVIATES\"");
        assertThat(errors("duties", json)).isEmpty();
        assertThat(errors("duties", json.replace("\"lead\"", "\"leader\""))).isNotEmpty();
    }

    @Test
    void admitWritesAnAdmission() {
        String json = ok(run("admit", "--township", "330122101", "--proposal", "../examples/duty-lists/proposal.yaml", "--as-of", "2025-06-01",
                "--format", "json"));
        assertThat(json).contains("\"kind\" : \"UNFUNDED_DUTY\"");
        assertThat(errors("admission", json)).isEmpty();
        assertThat(errors("admission", json.replace("\"wouldBe\"", "\"wouldbe\""))).isNotEmpty();
    }

    @Test
    void fiscalWritesASplit() {
        assertThat(errors("split", ok(run("fiscal", "--township", "370202001", "--service", "PUBLIC_HEALTH", "--amount", "1000000",
                "--as-of", "2024-03-01", "--format", "json")))).isEmpty();
    }

    @Test
    void testWritesASuiteResult() {
        assertThat(errors("test", ok(run("test", REFERENCE.toString(), "--format", "json")))).isEmpty();
    }

    @Test
    void diffWritesAnImpactReport() {
        Path packs = REFERENCE.toAbsolutePath().normalize();
        assertThat(errors("diff", ok(run("diff", "--base", packs.toString(), "--head", packs.toString(), "--townships", codes(),
                "--as-of", "2024-03-01", "--format", "json")))).isEmpty();
    }

    @Test
    void reviewWritesASheetOfReviews() throws IOException {
        Path sheet = Cli.file(tmp, "usage.csv", "township,matter,from,to,cases,reversals,lastEvaluated\n"
                + "330122102,UM-001,2023-01-01,2024-12-31,3,0,2024-06-30\n330122101,UM-005,2023-01-01,2024-12-31,40,2,\n");
        String json = ok(run("review", "--usage", sheet.toString(), "--as-of", "2025-03-01", "--format", "json"));
        assertThat(errors("review-sheet", json)).isEmpty();
        for (var row : JSON.readTree(json).get("reviews")) {
            assertThat(errors("review", row.get("review").toString())).isEmpty();
        }
        ObjectNode renamed = (ObjectNode) JSON.readTree(json).get("reviews").get(0).get("review");
        renamed.set("result", renamed.remove("outcome"));
        assertThat(errors("review", renamed.toString())).extracting(Error::getMessage).anyMatch(m -> m.contains("outcome"));
    }

    @Test
    void everyBatchLineIsADecisionOrFiscalLine() throws IOException {
        Path out = tmp.resolve("out.jsonl");
        ok(run("batch", "--townships", codes(), "--out", out.toString(), "--as-of", "2024-03-01", "--format", "jsonl", "--explain",
                "--threads", "1", "--no-progress"));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).anyMatch(l -> l.startsWith("{\"type\":\"decision\"")).anyMatch(l -> l.startsWith("{\"type\":\"fiscal\""));
        for (String line : lines) {
            assertThat(errors("batch-line", line)).as(line).isEmpty();
        }
    }

    @Test
    void theDecisionLogWritesLogLines() throws IOException {
        Path file = tmp.resolve("log.jsonl");
        try (JsonlDecisionLog log = new JsonlDecisionLog(file)) {
            PolicyEngine engine = PolicyEngine.builder().listener(log).build();
            Township t = NationalTownships.get().require("330122101");
            engine.decide(DecisionRequest.of(t, engine.matter("UM-001").orElseThrow(), LocalDate.of(2024, 3, 1)));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        assertThat(errors("decision-log", lines.get(0))).isEmpty();
    }

    @Test
    void aRenamedOrMissingFieldIsRefused() throws IOException {
        String decision = ok(run("decide", "--township", "330122101", "--matter", "UM-001", "--as-of", "2024-03-01", "--format", "json"));
        ObjectNode renamed = (ObjectNode) JSON.readTree(decision);
        renamed.set("result", renamed.remove("outcome"));
        assertThat(errors("decision", renamed.toString())).extracting(Error::getMessage)
                .anyMatch(m -> m.contains("outcome")).anyMatch(m -> m.contains("result"));
        ObjectNode missing = (ObjectNode) JSON.readTree(decision);
        ((ObjectNode) missing.get("township")).remove("certifiedOfficers");
        assertThat(errors("decision", missing.toString())).extracting(Error::getMessage).anyMatch(m -> m.contains("certifiedOfficers"));
        ObjectNode wrongSchema = (ObjectNode) JSON.readTree(decision);
        wrongSchema.put("schema", "devolve.decision/2");
        assertThat(errors("decision", wrongSchema.toString())).isNotEmpty();
    }

    private String codes() {
        try {
            return Files.writeString(tmp.resolve("codes.txt"), "330122101\n370202001\n").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

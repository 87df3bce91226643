package dev.devolve.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.devolve.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that throws for some townships: every command marks each decision it cut short, counts
 * them, and exits 3 (test: the scenario fails, exit 2, unless it expects the error).
 */
class CutShortCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PACK = "id: flaky\nversion: 1.0.0\ntitle: {zh: 不稳定, en: Flaky}\njurisdiction: CN\n"
            + "dependsOn: [national]\neffective: {from: 2017-02-20}\n";
    static final String THROWS_IN_ZHEJIANG = """
            package dev.devolve.packs.flaky;

            import dev.devolve.model.Matter;
            import dev.devolve.model.Outcome;
            import dev.devolve.model.OutcomeFinding;
            import dev.devolve.model.Township;

            rule "flaky.reads_past_the_code"
                @id("flaky.reads_past_the_code") @label_zh("读取越界") @label_en("Reads past the end of the code") @cite("OPINIONS2017 §5")
                @explain_zh("读取越界") @explain_en("reads past the end of the code")
            when
                $t : Township(code != null, code.startsWith("33"))
                $m : Matter(code == "UM-001")
            then
                insert(new OutcomeFinding($m, $m.getCode().substring(99).isEmpty() ? Outcome.RETAIN : Outcome.DELEGATE));
            end
            """;

    @TempDir
    Path tmp;

    private Path flaky;
    private Path codes;

    private Path file(String name, String text) throws IOException {
        return Cli.file(tmp, name, text);
    }

    @BeforeEach
    void packs() throws IOException {
        file("head/flaky/pack.yaml", PACK);
        file("head/flaky/dev/devolve/packs/flaky/flaky.drl", THROWS_IN_ZHEJIANG);
        flaky = tmp.resolve("head/flaky");
        // Zhejiang (33…) fails, Beijing (11…) does not.
        codes = file("codes.txt", "330122101\n110101001\n330122102\n");
    }

    @Test
    void aThrowingRuleInABatchExitsThreeMarksEveryAffectedRowAndCountsThem() throws IOException {
        Path out = tmp.resolve("batch.csv");
        Cli.Result r = run("batch", "--townships", codes.toString(), "--out", out.toString(), "--as-of", "2024-03-01",
                "--threads", "2", "--packs", flaky.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).startsWith("3 townships, 240 decisions (").contains("ERROR 160)");
        assertThat(r.err()).isEqualTo("devolve: 160 decisions were cut short (outcome ERROR); the error column of each says why\n");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).endsWith(",syntheticTownship,error");
        List<String> decisions = lines.stream().filter(l -> l.startsWith("decision,")).toList();
        assertThat(decisions).hasSize(240);
        for (String row : decisions) {
            boolean zhejiang = row.startsWith("decision,33");
            if (zhejiang) {
                assertThat(row).contains(",ERROR,").endsWith(",\"RULE_ERROR: rule 'flaky.reads_past_the_code' failed: StringIndexOutOfBoundsException: begin 99, end 6, length 6\"");
            } else {
                assertThat(row).doesNotContain(",ERROR,").endsWith(",");
            }
        }

        Path jsonl = tmp.resolve("batch.jsonl");
        Cli.Result j = run("batch", "--townships", codes.toString(), "--out", jsonl.toString(), "--as-of", "2024-03-01",
                "--format", "jsonl", "--packs", flaky.toString());
        assertThat(j.code()).isEqualTo(3);
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode n = JSON.readTree(line);
            if (n.get("type").asText().equals("decision")) {
                boolean zhejiang = n.get("township").asText().startsWith("33");
                assertThat(n.get("outcome").asText().equals("ERROR")).isEqualTo(zhejiang);
                assertThat(n.get("error").isNull()).isEqualTo(!zhejiang);
                if (zhejiang) {
                    assertThat(n.at("/error/code").asText()).isEqualTo("RULE_ERROR");
                    assertThat(n.at("/error/location/file").asText()).isEqualTo("flaky/dev/devolve/packs/flaky/flaky.drl");
                }
            }
        }
    }

    @Test
    void assessAndDecideShowTheErrorInEveryFormatAndExitThree() throws IOException {
        Cli.Result text = run("assess", "--township", "330122101", "--as-of", "2024-03-01", "--packs", flaky.toString());
        assertThat(text.code()).isEqualTo(3);
        assertThat(text.out()).contains("80 matters: ").contains("ERROR 80");
        assertThat(text.out()).containsPattern("(?m)^UM-001 +ERROR +- +对占道经营的处罚 — cut short: flaky/dev/devolve/packs/flaky/flaky.drl:\\d+: "
                + "RULE_ERROR: rule 'flaky.reads_past_the_code' failed: StringIndexOutOfBoundsException");
        assertThat(text.err()).isEqualTo("devolve: 80 of 80 decisions were cut short (outcome ERROR); each names its cause\n");

        Cli.Result csv = run("assess", "--township", "330122101", "--as-of", "2024-03-01", "--format", "csv", "--packs", flaky.toString());
        assertThat(csv.code()).isEqualTo(3);
        assertThat(csv.out().lines().findFirst().orElseThrow()).endsWith(",error");
        assertThat(csv.out().lines().filter(l -> l.startsWith("decision,"))).hasSize(80)
                .allSatisfy(l -> assertThat(l).contains(",ERROR,").contains("RULE_ERROR: rule 'flaky.reads_past_the_code'"));
        assertThat(csv.out().lines().skip(81)).singleElement().satisfies(l -> assertThat(l).startsWith("fiscal,330122101,"));

        Cli.Result json = run("assess", "--township", "330122101", "--as-of", "2024-03-01", "--format", "json", "--packs", flaky.toString());
        assertThat(json.code()).isEqualTo(3);
        JsonNode a = JSON.readTree(json.out());
        assertThat(a.at("/counts/ERROR").asInt()).isEqualTo(80);
        assertThat(a.at("/decisions/0/error/code").asText()).isEqualTo("RULE_ERROR");

        Cli.Result decide = run("decide", "--township", "330122101", "--matter", "UM-001", "--as-of", "2024-03-01", "--packs", flaky.toString());
        assertThat(decide.code()).isEqualTo(3);
        assertThat(decide.out()).containsPattern("(?m)^Outcome: +ERROR \\(决定中断\\)$").containsPattern("(?m)^Cut short: +flaky/.+RULE_ERROR: ");
        Cli.Result fine = run("decide", "--township", "110101001", "--matter", "UM-001", "--as-of", "2024-03-01", "--format", "json",
                "--packs", flaky.toString());
        assertThat(fine.code()).isZero();
        assertThat(JSON.readTree(fine.out()).get("error").isNull()).isTrue();
    }

    @Test
    void diffCountsTheDecisionsEachVersionCutShort() throws IOException {
        file("base/flaky/pack.yaml", PACK);
        Cli.Result r = run("diff", "--base", tmp.resolve("base/flaky").toString(), "--head", flaky.toString(), "--townships", codes.toString(),
                "--as-of", "2024-03-01");
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).contains("Cut short (outcome ERROR): 0 pairs by the base version, 160 by the head version")
                .containsPattern("(?m)^RETAIN → ERROR: \\d+ township×matter pairs$");
        JsonNode d = JSON.readTree(run("diff", "--base", tmp.resolve("base/flaky").toString(), "--head", flaky.toString(),
                "--townships", codes.toString(), "--as-of", "2024-03-01", "--format", "json").out());
        assertThat(d.at("/errors/base").asLong()).isZero();
        assertThat(d.at("/errors/head").asLong()).isEqualTo(160);
    }

    @Test
    void aScenarioWhoseDecisionWasCutShortFailsUnlessItExpectsTheError() throws IOException {
        Path scenarios = file("scenarios/flaky.yaml", """
                packs: [national, ../head/flaky]
                asOf: 2024-03-01
                scenarios:
                  - name: expects an ordinary decision
                    township: "330122101"
                    matter: UM-001
                    expect:
                      rulesFired: []
                  - name: expects the rule to fail
                    township: "330122101"
                    matter: UM-001
                    expect:
                      error: RULE_ERROR
                  - name: expects the outcome ERROR
                    township: "330122101"
                    matter: UM-001
                    expect:
                      outcome: ERROR
                """);
        Cli.Result r = run("test", scenarios.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("FAIL " + scenarios + ":4  expects an ordinary decision")
                .contains("error: expected none (a decision), actual cut short: flaky/dev/devolve/packs/flaky/flaky.drl:")
                .endsWith("2 passed, 1 failed, 3 cut short (ERROR)\n");
        JsonNode json = JSON.readTree(run("test", scenarios.toString(), "--format", "json").out());
        assertThat(json.get("cutShort").asInt()).isEqualTo(3);
    }
}

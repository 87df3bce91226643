package dev.devolve.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.devolve.cli.Cli.Result;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user runs it: exit codes, one-line errors, and output that parses. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Result run(String... args) {
        return Cli.run(args);
    }

    private Path file(String name, String text) throws IOException {
        return Cli.file(tmp, name, text);
    }

    @Test
    void assessPrintsOneLinePerMatterWithOutcomeModeReasonAndCitation() {
        Result r = run("assess", "--township", "330122101", "--as-of", "2024-03-01");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("富春江镇 (330122101, TOWN) · as of 2024-03-01 · packs national 1.0.0");
        assertThat(r.out()).contains("[synthetic]");
        assertThat(r.out()).containsPattern("(?m)^UM-001 +RETAIN +- +对占道经营的处罚 — .+ \\[APL2021 art\\.24]$");
        // 330122101 is in Zhejiang: its provincial pack's list decides what is handed down.
        assertThat(r.out()).containsPattern("(?m)^CA-001 +RETAIN +- +最低生活保障审核确认 — The provincial list does not hold it for this kind of township \\[浙政办发〔2021〕51号\\]$");
        assertThat(r.out().lines().filter(l -> l.matches("^[A-Z]{2}-\\d{3} .*"))).hasSize(80);
    }

    @Test
    void assessJsonParsesAndEveryDecisionHasTheSchema() throws IOException {
        Result r = run("assess", "--township", "330122101", "--as-of", "2024-03-01", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("schema").asText()).isEqualTo("devolve.assessment/1");
        assertThat(doc.get("decisions")).hasSize(80);
        doc.get("decisions").forEach(d -> assertThat(d.get("schema").asText()).isEqualTo("devolve.decision/1"));
        assertThat(doc.at("/township/synthetic").size()).isEqualTo(10);
    }

    @Test
    void assessCsvHasTheBatchLayout() throws IOException {
        Result r = run("assess", "--township", "330122101", "--as-of", "2024-03-01", "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().findFirst()).contains(
                "record,township,townshipName,kind,asOf,matter,outcome,mode,obligations,decidingRules,citations,missing,"
                + "annualCost,countyTransfer,townshipPart,unfunded,syntheticTownship,error");
        // A row per matter, then the township's fiscal row: the same rows a batch of this one township writes.
        assertThat(r.out().lines()).hasSize(82);
        assertThat(r.out().lines().skip(81).findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("fiscal,330122101,"));
        Path codes = file("one.txt", "330122101\n");
        Path out = tmp.resolve("one.csv");
        assertThat(run("batch", "--townships", codes.toString(), "--out", out.toString(), "--as-of", "2024-03-01", "--no-progress").code())
                .isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(r.out());
    }

    @Test
    void decideFromFilesWritesTheDecisionSchema() throws IOException {
        Path t = file("t.yaml", """
                code: "410122101"
                kind: TOWN
                enforcementTeam: true
                certifiedOfficers: 3
                legalReviewers: 1
                capacityAssessed: true
                serviceCentre: true
                """);
        Path m = file("m.yaml", """
                code: STALLS
                category: PENALTY
                field: URBAN_MANAGEMENT
                facesPublic: true
                annualCases: 40
                spread: 0.8
                professionalDemand: LOW
                unitCost: 800
                """);
        Path p = file("p.yaml", "decisionPublished: true\ndecisionDate: 2022-01-01\nlistedFor: [TOWN, STREET]\n");
        Result r = run("decide", "--township", t.toString(), "--matter", m.toString(), "--province", p.toString(),
                "--as-of", "2024-03-01", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode d = JSON.readTree(r.out());
        assertThat(d.get("schema").asText()).isEqualTo("devolve.decision/1");
        assertThat(d.get("outcome").asText()).isEqualTo("RETAIN");
        assertThat(d.at("/explanation/toChange/0/text/en").asText()).isEqualTo("township.certifiedOfficers 3 < 4 (needs >= 4)");
        assertThat(d.at("/explanation/rules/0/id").asText()).isEqualTo("capacity.certified_officers");
        assertThat(d.at("/explanation/rules/0/facts/1/source").asText()).contains("APL2021 art.24");
        assertThat(d.at("/explanation/rules/0/facts/1/reference").asText()).isEqualTo("APL2021 art.24");
        assertThat(d.at("/explanation/rules/0/facts/1/status").asText()).isEqualTo("modelled");
        assertThat(d.at("/explanation/rules/0/facts/1/unit").asText()).isEqualTo("officers");
        assertThat(d.at("/township/synthetic")).isEmpty();
    }

    @Test
    void decideTextShowsTheExplanationInChinese() {
        Result r = run("decide", "--township", "330122101", "--matter", "CA-001", "--as-of", "2024-03-01", "--lang", "zh");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("结果：保留在县级（RETAIN）").contains("参与决定的规则：").contains("要改变结果，需要：")
                .contains("省级决定自 2021-09-01 施行");
    }

    @Test
    void anUnknownTownshipSuggestsTheNearestCodes() {
        Result r = run("assess", "--township", "330122199", "--as-of", "2024-03-01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("unknown township code '330122199'").contains("nearest known codes: 330122");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMalformedFileIsOneLineWithFileAndLine() throws IOException {
        Path t = file("bad.yaml", "code: \"410122101\"\nkind: [TOWN\n");
        Result r = run("decide", "--township", t.toString(), "--matter", "UM-001", "--as-of", "2024-03-01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("devolve: " + t + ":");
    }

    @Test
    void anUnknownWordListsTheAllowedWords() throws IOException {
        Path t = file("t.yaml", "code: \"410122101\"\nkind: VILLAGE\n");
        Result r = run("decide", "--township", t.toString(), "--matter", "UM-001", "--as-of", "2024-03-01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("devolve: " + t + ":2:7: kind: unknown word 'VILLAGE'; allowed: STREET, TOWN, TOWNSHIP, ETHNIC_TOWNSHIP, SUMU, OTHER\n");
    }

    @Test
    void aDateBeforeTheParametersIsOneLine() {
        Result r = run("decide", "--township", "330122101", "--matter", "UM-001", "--as-of", "2016-01-01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("devolve: PARAMETER_NOT_IN_FORCE: parameter ").contains("first value is in force from 2017-02-20");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void aBadDateOrFormatIsAUsageError() {
        Result r = run("assess", "--township", "330122101", "--as-of", "2024-02-30");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--as-of").contains("see 'devolve assess --help'");
        assertThat(run("assess", "--township", "330122101", "--format", "xml").err()).contains("expected one of [text, json, csv]");
    }

    @Test
    void validateAcceptsTheBundledPacks() {
        Result r = run("validate");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("ok  national 1\\.0\\.0  \\d+ rules, 7 parameters, 80 matters");
    }

    @Test
    void validateNamesTheFileAndLineOfASyntaxError() throws IOException {
        Path pack = tmp.resolve("broken");
        file("broken/pack.yaml", "id: broken\nversion: 1.0.0\ntitle: {zh: 坏, en: Broken}\njurisdiction: CN\n"
                + "dependsOn: [national]\neffective: {from: 2017-02-20}\n");
        file("broken/dev/devolve/packs/broken/extra.drl", """
                package dev.devolve.packs.broken;

                import dev.devolve.model.Matter;

                rule "broken.one"
                    @id("broken.one") @label_zh("坏") @label_en("broken") @cite("OPINIONS2017 §5")
                    @explain_zh("坏") @explain_en("broken")
                when
                    $m : Matter(
                then
                end
                """);
        Result r = run("validate", pack.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("broken/dev/devolve/packs/broken/extra.drl:1").contains("DRL_SYNTAX");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aPackDirectoryCanOverrideAParameter() throws IOException {
        Path pack = tmp.resolve("strict");
        file("strict/pack.yaml", "id: strict\nversion: 1.0.0\ntitle: {zh: 严格, en: Strict}\njurisdiction: \"41\"\n"
                + "dependsOn: [national]\neffective: {from: 2017-02-20}\n");
        file("strict/parameters.yaml", """
                capacity.min_certified_officers:
                  type: INTEGER
                  description: {zh: 持证执法人员最少人数, en: Minimum certified officers}
                  values:
                    - since: 2017-02-20
                      value: 20
                      note: "test override"
                      status: modelled
                """);
        Path t = file("t.yaml", "code: \"410122101\"\nenforcementTeam: true\ncertifiedOfficers: 8\nlegalReviewers: 1\ncapacityAssessed: true\nserviceCentre: true\n");
        Result base = run("decide", "--township", t.toString(), "--matter", "UM-001", "--as-of", "2024-03-01", "--format", "json");
        Result strict = run("decide", "--township", t.toString(), "--matter", "UM-001", "--as-of", "2024-03-01", "--format", "json",
                "--packs", pack.toString());
        assertThat(base.out()).contains("\"outcome\" : \"ELIGIBLE\"");
        assertThat(strict.out()).contains("\"outcome\" : \"RETAIN\"").contains("township.certifiedOfficers 8 < 20");
        try (Stream<String> lines = strict.out().lines()) {
            assertThat(lines.filter(l -> l.contains("\"id\" : \"strict\""))).hasSize(1);
        }
    }

    @Test
    void fiscalShowsQingdaoAsAPlannedCityAndJinanInItsProvincesTier() {
        Result qingdao = run("fiscal", "--township", "370202001", "--service", "PUBLIC_HEALTH", "--amount", "1000000", "--as-of", "2024-03-01");
        assertThat(qingdao.code()).as(qingdao.err()).isZero();
        assertThat(qingdao.out()).contains("Tier: 4").containsPattern("(?m)^central +0\\.3 +300000\\.00$")
                .contains("township 370202001 falls under code 3702: tier 4");
        Result jinan = run("fiscal", "--township", "370102001", "--service", "PUBLIC_HEALTH", "--amount", "1000000", "--as-of", "2024-03-01");
        assertThat(jinan.out()).contains("Tier: 3").containsPattern("(?m)^central +0\\.5 +500000\\.00$");
    }

    @Test
    void fiscalJsonHasTheSplitSchemaAndAnExplanation() throws IOException {
        Result r = run("fiscal", "--township", "510104017", "--service", "COMPULSORY_EDUCATION", "--amount", "1000000",
                "--as-of", "2024-03-01", "--format", "json");
        JsonNode d = JSON.readTree(r.out());
        assertThat(d.get("schema").asText()).isEqualTo("devolve.split/1");
        assertThat(d.at("/shares/central").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(d.at("/amounts/county").decimalValue()).isEqualByComparingTo("100000");
        assertThat(d.at("/explanation/rules/1/facts/1/status").asText()).isEqualTo("modelled");
    }

    @Test
    void fiscalRefusesBadAmountsAndCategories() {
        Result negative = run("fiscal", "--township", "370202001", "--service", "PUBLIC_HEALTH", "--amount", "-5");
        assertThat(negative.code()).isEqualTo(1);
        assertThat(negative.err()).contains("an amount is zero or more yuan, found '-5'");
        Result word = run("fiscal", "--township", "370202001", "--service", "PUBLIC_HEALTH", "--amount", "lots");
        assertThat(word.err()).contains("expected a number, found 'lots'");
        Result category = run("fiscal", "--township", "370202001", "--service", "HEALTH", "--amount", "5");
        assertThat(category.code()).isEqualTo(1);
        assertThat(category.err()).contains("--service").contains("PUBLIC_HEALTH");
        Result nowhere = run("fiscal", "--township", "370202001", "--service", "PUBLIC_HEALTH", "--amount", "5", "--as-of", "2018-01-01");
        assertThat(nowhere.err()).contains("PARAMETER_NOT_IN_FORCE").contains("2019-01-01");
    }

    @Test
    void assessWithMandatesReportsUnfundedMandatesInTheFiscalSummary() throws IOException {
        Path t = file("t.yaml", "code: \"410122101\"\nenforcementTeam: true\ncertifiedOfficers: 8\nlegalReviewers: 1\n"
                + "capacityAssessed: true\nserviceCentre: true\ncountyManagedFinance: false\n");
        Path m = file("mandates.yaml", "duties:\n  - {matter: UM-001, amount: 36000}\n  - {matter: PS-001, amount: 5000}\n"
                + "transfers:\n  - {matter: UM-001, amount: 30000}\n");
        Result r = run("assess", "--township", t.toString(), "--as-of", "2024-03-01", "--mandates", m.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode fiscal = JSON.readTree(r.out()).get("fiscal");
        assertThat(fiscal.get("mandates")).hasSize(2);
        assertThat(fiscal.at("/mandates/0/code").asText()).isEqualTo("UNFUNDED_MANDATE");
        assertThat(fiscal.at("/mandates/0/kind").asText()).isEqualTo("SHORT_TRANSFER");
        assertThat(fiscal.at("/mandates/0/amount").decimalValue()).isEqualByComparingTo("6000");
        assertThat(fiscal.at("/mandates/1/kind").asText()).isEqualTo("NO_DELEGATION_BASIS");
        assertThat(fiscal.get("totalUnfunded").decimalValue()).isEqualByComparingTo("11000");
        assertThat(fiscal.get("totalCountyTransfer").decimalValue()).isPositive();
        Result text = run("assess", "--township", t.toString(), "--as-of", "2024-03-01", "--mandates", m.toString());
        assertThat(text.out()).contains("UNFUNDED_MANDATE UM-001 SHORT_TRANSFER 6000.00 yuan").contains("Unfunded in all: 11000.00 yuan");
    }

    @Test
    void aMandatesFileWithANegativeAmountNamesFileAndLine() throws IOException {
        Path m = file("bad-mandates.yaml", "duties:\n  - matter: UM-001\n    amount: -3\n");
        Result r = run("assess", "--township", "330122101", "--as-of", "2024-03-01", "--mandates", m.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("devolve: " + m + ":3:13: duties[0].amount: an amount is zero or more yuan, found '-3'\n");
    }

    private static final Path REFERENCE = Path.of("../rule-packs/src/main/resources/devolve/packs");

    @Test
    void theReferenceScenariosPassWithFullCoverage() {
        Result r = run("test", REFERENCE.toString(), "--min-coverage", "100");
        assertThat(r.code()).as(r.out()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("\\d{3,} passed, 0 failed");
        assertThat(r.out()).contains("(100.0%)");
    }

    @Test
    void aWrongExpectationExitsTwoWithExpectedAgainstActualAndTheExplanation() throws IOException {
        Path f = file("scenarios/wrong.yaml", """
                asOf: 2024-03-01
                scenarios:
                  - name: Detention goes down (it must not)
                    township: "330122101"
                    matter: PS-001
                    expect:
                      outcome: DELEGATE
                """);
        Result r = run("test", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("FAIL " + f + ":3  Detention goes down (it must not)")
                .contains("outcome: expected DELEGATE, actual PROHIBITED")
                .contains("* bar.personal_freedom: a penalty restricting personal freedom may be exercised only by public security");
        assertThat(r.out().lines().reduce((a, b) -> b)).contains("0 passed, 1 failed");
    }

    @Test
    void aTypoInAScenarioKeyExitsOneNamingFileLineAndKey() throws IOException {
        Path f = file("scenarios/typo.yaml", """
                asOf: 2024-03-01
                scenarios:
                  - name: a typo
                    township: "330122101"
                    matter: PS-001
                    expect:
                      outcme: PROHIBITED
                """);
        Result r = run("test", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("devolve: " + f + ":7:7: scenarios[0].expect.outcme: unknown key 'outcme'; allowed: "
                + "outcome, mode, citations, obligations, missing, rulesFired, rulesNotFired, diagnostics, error, fiscal, mandates\n");
    }

    @Test
    void lowCoverageFailsTheRunAndJsonReportsIt() throws IOException {
        Path f = file("scenarios/one.yaml", """
                asOf: 2024-03-01
                scenarios:
                  - name: Detention is prohibited
                    township: "330122101"
                    matter: PS-001
                    expect: { outcome: PROHIBITED }
                """);
        Result text = run("test", f.toString(), "--min-coverage", "50");
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.out()).contains("is below the minimum of 50%").contains("Rules no scenario fired:")
                .containsPattern("national/dev/devolve/packs/national/capacity\\.drl:\\d+  capacity\\.no_enforcement_team");
        Result json = run("test", f.toString(), "--format", "json");
        assertThat(json.code()).isZero();
        JsonNode d = JSON.readTree(json.out());
        assertThat(d.get("schema").asText()).isEqualTo("devolve.test/1");
        assertThat(d.get("passed").asInt()).isEqualTo(1);
        assertThat(d.at("/coverage/uncovered").size()).isGreaterThan(40);
        assertThat(json.err()).isEqualTo("1 passed, 0 failed\n");
    }

    @Test
    void batchWritesAFileOfCodesAsCsvAndSummarises() throws IOException {
        Path codes = file("codes.txt", "# two townships\n330122101\n\n110101001\n");
        Path out = tmp.resolve("out/batch.csv");
        Result r = run("batch", "--townships", codes.toString(), "--out", out.toString(), "--as-of", "2024-03-01", "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("2 townships, 160 decisions (PROHIBITED 10, ").contains("decisions/s on 2 threads").contains("wrote " + out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1 + 2 * 81);
        assertThat(lines.get(1)).startsWith("decision,330122101,富春江镇,TOWN,2024-03-01,UM-001,RETAIN,");
        // The fiscal row's totals sit under annualCost, countyTransfer, townshipPart and unfunded.
        assertThat(lines.get(81)).startsWith("fiscal,330122101,").matches("fiscal,330122101,[^,]*,TOWN,2024-03-01,{8}[\\d.]+,[\\d.]+,[\\d.]+,[\\d.]+,true,");
        assertThat(lines.get(82)).startsWith("decision,110101001,");
    }

    @Test
    void batchJsonlWithExplanationsCarriesTheDecisionDocument() throws IOException {
        Path codes = file("codes.yaml", "- \"330122101\"\n- { code: \"410122101\", kind: TOWN, serviceCentre: true }\n");
        Path out = tmp.resolve("batch.jsonl");
        Result r = run("batch", "--townships", codes.toString(), "--out", out.toString(), "--as-of", "2024-03-01",
                "--format", "jsonl", "--explain");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2 * 81);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("type").asText()).isEqualTo("decision");
        assertThat(first.at("/decision/schema").asText()).isEqualTo("devolve.decision/1");
        assertThat(JSON.readTree(lines.get(80)).get("type").asText()).isEqualTo("fiscal");
        assertThat(JSON.readTree(lines.get(81)).get("syntheticTownship").asBoolean()).isFalse();
    }

    @Test
    void batchRefusesAnUnknownCodeWithItsLineAndLeavesNoFile() throws IOException {
        Path codes = file("codes.txt", "330122101\n330122199\n");
        Path out = tmp.resolve("never.csv");
        Result r = run("batch", "--townships", codes.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("devolve: " + codes + ":2:1: unknown township code '330122199'");
        assertThat(out).doesNotExist();
        assertThat(run("batch", "--townships", codes.toString(), "--out", out.toString(), "--explain").err())
                .contains("--explain needs --format jsonl");
    }

    @Test
    void diffReportsTransitionsExamplesAndTheFiscalDelta() throws IOException {
        Path head = tmp.resolve("head/strict");
        file("head/strict/pack.yaml", "id: strict\nversion: 1.0.0\ntitle: {zh: 严格, en: Strict}\njurisdiction: CN\n"
                + "dependsOn: [national]\neffective: {from: 2017-02-20}\n");
        file("head/strict/parameters.yaml", """
                capacity.min_legal_reviewers:
                  type: INTEGER
                  description: {zh: 法制审核人员最少人数, en: Minimum legal reviewers}
                  values:
                    - since: 2017-02-20
                      value: 2
                      note: "test"
                      status: modelled
                """);
        Path base = tmp.resolve("base/strict");
        file("base/strict/pack.yaml", Files.readString(head.resolve("pack.yaml")));
        Path codes = file("codes.txt", "330122101\n410122101\n110101001\n440103001\n");
        Result r = run("diff", "--base", base.toString(), "--head", head.toString(), "--townships", codes.toString(), "--as-of", "2024-03-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 townships, 320 township×matter pairs").containsPattern("(?m)^(ELIGIBLE|DELEGATE) → RETAIN: \\d+ township×matter pairs$")
                .contains("head: RETAIN: legalReviewers 1 < 2").contains("County transfers: ");
        Result json = run("diff", "--base", base.toString(), "--head", head.toString(), "--townships", codes.toString(),
                "--as-of", "2024-03-01", "--format", "json");
        JsonNode d = JSON.readTree(json.out());
        assertThat(d.get("schema").asText()).isEqualTo("devolve.diff/1");
        assertThat(d.get("changed").asLong()).isPositive();
        assertThat(d.at("/fiscal/delta").decimalValue().signum()).isNegative();
    }

    @Test
    void catalogMarkdownListsEveryRuleParameterAndProvincialList() throws IOException {
        Path out = tmp.resolve("catalog.md");
        Result r = run("catalog", "--format", "md", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String md = Files.readString(out);
        assertThat(md).contains("| `capacity.certified_officers` | 持证执法人员不足 | Too few certified enforcement officers | APL2021 art.24 | "
                + "`capacity.min_certified_officers` | national/dev/devolve/packs/national/capacity.drl:28 |");
        assertThat(md).contains("## Province 41: 豫政〔2025〕15号").contains("## Province 33: 浙政办发〔2021〕51号")
                .contains("| `suitability.min_annual_cases (33)` |");
        assertThat(md.lines().filter(l -> l.startsWith("| `") && l.contains(".drl:"))).hasSize(85);
        assertThat(md).contains("| `township.objects` | 辖区内的监管对象 | what its area holds that duties attach to | words: MINES FORESTS ")
                .contains("| `matter.majorPenalty` | 是否重大处罚 | whether it is a major penalty | flag | false |");
        assertThat(md).contains("| `recall.rarely_exercised` | 行权频率低 | Rarely exercised | DUTYLISTS | `duties.min_exercises_per_year` |")
                .contains("## Duties").contains("| D-ED-011 | 配合开展人口普查、经济普查和农业普查 | ECONOMIC_DEVELOPMENT | 县统计局 | 0.2 |  |  |")
                .contains("| `duties.min_exercises_per_year` |");
    }

    @Test
    void catalogRendersInHeadlessChromiumAndItsSearchFilters() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium),
                "Debian's chromium is not installed here; .ci/run installs it");
        Path page = tmp.resolve("catalog.html");
        assertThat(run("catalog", "--out", page.toString()).code()).isZero();
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("chromium-profile"), "--dump-dom",
                page.toUri() + "?q=capacity.min_certified_officers").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dom).contains("<title>Devolve rule catalog</title>").contains("85 rules · 80 matters").contains("<h2 id=\"duties\">Duties · 履职事项</h2>");
        assertThat(dom).containsPattern("<p class=\"meta noprint\" id=\"shown\">\\d of \\d+ rows shown</p>");
        assertThat(dom).containsPattern("<tr data-rule=\"capacity.certified_officers\">");
        assertThat(dom).containsPattern("<tr data-rule=\"bar.personal_freedom\" style=\"display: none;\">");
    }
}

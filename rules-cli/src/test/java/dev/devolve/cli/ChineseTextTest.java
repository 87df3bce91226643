package dev.devolve.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.devolve.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --lang zh} text has no English word left: outside codes in brackets ({@code 保留在县级（RETAIN）}),
 * fact paths, parameter names, rule ids, file names, matter codes, numbers, and the ids and citations the packs
 * give, every word is Chinese. Engine diagnostics, which name values in English, are the exception.
 */
class ChineseTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A code beside its Chinese name, a content hash, or a source location, in brackets. */
    private static final Pattern BRACKETED = Pattern.compile("[（(]\\s*([A-Z][A-Z0-9_]*|[0-9a-f]{12}|[\\w./-]+\\.(drl|yaml):\\d+(:\\d+)?)\\s*[）)]");
    /** Fact paths, parameter names, rule ids and file names: dotted identifiers. */
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][\\w-]*(\\.[A-Za-z_][\\w-]*)+(:\\d+)*");
    /** Catalog matter codes ({@code UM-001}) and {@code asOf}, the one fact path without a dot. */
    private static final Pattern MATTER_CODE = Pattern.compile("\\b([A-Z]{2}-\\d{3}|asOf)\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Path REFERENCE = Path.of("..", "rule-packs", "src", "main", "resources", "devolve", "packs");
    @TempDir
    Path tmp;

    @Test
    void decisionsOfEveryOutcomeAreInChinese() throws IOException {
        Path ready = Cli.file(tmp, "ready.yaml", "code: \"410122101\"\nenforcementTeam: true\ncertifiedOfficers: 8\n"
                + "legalReviewers: 1\ncapacityAssessed: true\nserviceCentre: true\nclasses: [CENTRAL_TOWN]\n");
        Path sparse = Cli.file(tmp, "sparse.yaml", "code: \"410122101\"\nenforcementTeam: true\n");
        Path street = Cli.file(tmp, "street.yaml", "code: \"330102001\"\nenforcementTeam: false\ncertifiedOfficers: 2\n"
                + "legalReviewers: 0\ncapacityAssessed: true\nserviceCentre: true\n");
        Set<String> outcomes = new HashSet<>();
        StringBuilder all = new StringBuilder();
        for (Path t : List.of(ready, sparse, street)) {
            for (String matter : List.of("UM-001", "UM-005", "UM-006", "PC-002")) {
                Rendered r = assertChinese("decide", "--township", t.toString(), "--matter", matter, "--as-of", "2024-03-01", "--lang", "zh");
                outcomes.add(r.json().get("outcome").asText());
                all.append(r.text());
            }
        }
        assertThat(outcomes).contains("ELIGIBLE", "RETAIN", "PROHIBITED", "ALREADY_TOWNSHIP", "INSUFFICIENT_FACTS");
        assertThat(all).contains("结果：事实不足（INSUFFICIENT_FACTS）", "方式：委托（ENTRUST）", "执法类事项（PENALTY）需要",
                "township.enforcementTeam 当前为 否，须为 是", "须包含 经济发达镇（ECONOMICALLY_DEVELOPED_TOWN）或县域副中心（COUNTY_SUBCENTRE）",
                "（330102001，街道（STREET））");
    }

    @Test
    void aDecisionCutShortIsInChinese() throws IOException {
        Cli.file(tmp, "flaky/pack.yaml", CutShortCliTest.PACK);
        Cli.file(tmp, "flaky/dev/devolve/packs/flaky/flaky.drl", CutShortCliTest.THROWS_IN_ZHEJIANG);
        JsonNode d = assertChinese("decide", "--township", "330122101", "--matter", "UM-001", "--as-of", "2024-03-01", "--lang", "zh",
                "--packs", tmp.resolve("flaky").toString()).json();
        assertThat(d.get("outcome").asText()).isEqualTo("ERROR");
    }

    @Test
    void anAssessmentIsInChinese() throws IOException {
        JsonNode a = assertChinese("assess", "--township", "330122101", "--as-of", "2024-03-01", "--lang", "zh").json();
        assertThat(a.get("decisions").size()).isGreaterThan(50);
    }

    @Test
    void aFiscalSplitIsInChinese() throws IOException {
        assertChinese("fiscal", "--township", "330122101", "--service", "COMPULSORY_EDUCATION", "--amount", "1000000",
                "--as-of", "2024-03-01", "--lang", "zh");
    }

    @Test
    void theScenarioReportIsInChinese() {
        Cli.Result r = run("test", REFERENCE.toString(), "--lang", "zh");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("规则覆盖率：").containsPattern("\\d+ 个通过，0 个失败\n$");
        assertThat(stray(r.out(), Set.of())).isEmpty();
    }

    /** A command's Chinese text and its JSON document. */
    private record Rendered(String text, JsonNode json) {
    }

    /** Runs the command in zh text and in JSON; the text has no stray English word. */
    private static Rendered assertChinese(String... args) throws IOException {
        Cli.Result text = run(args);
        assertThat(text.code()).as(text.err()).isIn(0, 3);
        List<String> json = new ArrayList<>(List.of(args));
        json.addAll(List.of("--format", "json"));
        json.removeAll(List.of("--lang", "zh"));
        JsonNode doc = JSON.readTree(run(json.toArray(String[]::new)).out());
        Set<String> given = new HashSet<>();
        doc.findValues("citations").forEach(c -> c.forEach(x -> given.add(x.asText())));
        doc.findValues("packs").forEach(p -> p.forEach(x -> given.add(x.path("id").asText())));
        assertThat(stray(text.out(), given)).as(text.out()).isEmpty();
        return new Rendered(text.out(), doc);
    }

    /** The English words of a text that are none of the allowed things, with their line. */
    static List<String> stray(String text, Set<String> given) {
        List<String> sorted = given.stream().filter(s -> !s.isEmpty()).sorted(Comparator.comparing(String::length).reversed()).toList();
        List<String> out = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("诊断：") || line.startsWith("中断原因：")) {
                continue;
            }
            String rest = BRACKETED.matcher(line).replaceAll(" ");
            rest = DOTTED.matcher(rest).replaceAll(" ");
            rest = MATTER_CODE.matcher(rest).replaceAll(" ");
            for (String s : sorted) {
                rest = rest.replace(s, " ");
            }
            Matcher m = WORD.matcher(rest);
            while (m.find()) {
                out.add(m.group() + " in: " + line);
            }
        }
        return out;
    }

    @Test
    void theCheckFindsEnglishLeftovers() {
        assertThat(stray("结果：RETAIN", Set.of())).hasSize(1);
        assertThat(stray("须包含 中心镇（CENTRAL_TOWN） or 县域副中心（COUNTY_SUBCENTRE）", Set.of())).hasSize(1);
        assertThat(stray("结果：保留在县级（RETAIN）  township.classes = []  (national/keep.drl:67)", Set.of())).isEmpty();
        assertThat(stray("依据：APL2021 art.24", Set.of("APL2021 art.24"))).isEmpty();
    }
}

package dev.devolve.examples.springboot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.input.NationalTownships;
import dev.devolve.result.PackInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarFile;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the example application's executable jars with {@code java -jar} and calls them the way
 * a county's systems would: 50 decisions made on the common pool ({@code supplyAsync}) and in
 * parallel streams — the first decisions of the process, so a class Drools initialises then
 * would be poisoned for good if the wrong class loader were in force — then ordinary requests.
 * The jar with Spring Boot's default loader also builds two engines at once, ten times, and
 * reloads when its pack directory changes; the CLASSIC-loader and log4j2 jars show that they
 * start, read the bundled packs and decide. Every answer is compared with an engine built here,
 * in the test.
 */
class SpringBootAppIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AS_OF = "2024-03-01";
    private static final Path LOGS = Path.of(System.getProperty("devolve.logs"));

    private static PolicyEngine reference;
    private static List<String> townships;

    @TempDir
    Path tmp;

    @BeforeAll
    static void reference() {
        reference = PolicyEngine.builder().build();
        NationalTownships list = NationalTownships.get();
        townships = IntStream.range(0, 25).mapToObj(i -> list.codes().get(i * (list.size() / 25))).toList();
    }

    @Test
    void defaultLoader() throws Exception {
        try (JarFile jar = new JarFile(jar("exec").toFile())) {
            assertThat(jar.getEntry("org/springframework/boot/loader/JarLauncher.class")).as("the CLASSIC launcher").isNull();
        }
        Path packs = tmp.resolve("packs");
        Path zhejiang = copyBundledPack("zhejiang", packs);
        try (RunningApp app = RunningApp.start(jar("exec"), LOGS.resolve("exec.log"), "--devolve.packs-dir=" + packs)) {
            decisionsOnTheCommonPoolThenOrdinaryRequests(app);
            ordinaryRequests(app);
            twoEnginesBuiltAtOnce(app);
            reloadsWhenThePackDirectoryChanges(app, zhejiang);
            assertCleanLog(app);
        }
    }

    @Test
    void classicLoader() throws Exception {
        try (JarFile jar = new JarFile(jar("classic").toFile())) {
            assertThat(jar.getEntry("org/springframework/boot/loader/JarLauncher.class")).as("the CLASSIC launcher").isNotNull();
        }
        try (RunningApp app = RunningApp.start(jar("classic"), LOGS.resolve("classic.log"))) {
            decisionsOnTheCommonPoolThenOrdinaryRequests(app);
            ordinaryRequests(app);
            assertCleanLog(app);
        }
    }

    @Test
    void log4j2Starter() throws Exception {
        try (JarFile jar = new JarFile(jar("log4j2").toFile())) {
            List<String> libs = jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("BOOT-INF/lib/")).toList();
            assertThat(libs).anyMatch(n -> n.contains("/log4j-core-"))
                    .noneMatch(n -> n.contains("/logback-classic-") || n.contains("/log4j-to-slf4j-"));
        }
        try (RunningApp app = RunningApp.start(jar("log4j2"), LOGS.resolve("log4j2.log"))) {
            decisionsOnTheCommonPoolThenOrdinaryRequests(app);
            ordinaryRequests(app);
            assertCleanLog(app);
        }
    }

    private static Path jar(String variant) {
        return Path.of(System.getProperty("devolve.jar." + variant));
    }

    private static void ordinaryRequests(RunningApp app) throws Exception {
        JsonNode health = json(app.get("/actuator/health"));
        assertThat(health.path("status").asText()).isEqualTo("UP");
        Map<String, String> expected = new LinkedHashMap<>();
        reference.packs().forEach(p -> expected.put(p.id(), p.version()));
        Map<String, String> served = new LinkedHashMap<>();
        health.path("components").path("devolve").path("details").path("packs").fields()
                .forEachRemaining(e -> served.put(e.getKey(), e.getValue().asText()));
        assertThat(served).containsAllEntriesOf(expected);

        for (String matter : List.of("UM-001", "CA-001", "PS-001")) {
            assertDecision(json(app.get("/decisions?township=330122101&matter=" + matter + "&asOf=" + AS_OF)), "330122101", matter);
        }
        JsonNode assessment = json(app.get("/townships/410122101/assessment?asOf=" + AS_OF));
        assertThat(assessment.path("schema").asText()).isEqualTo("devolve.assessment/1");
        assertThat(outcomes(assessment)).isEqualTo(referenceOutcomes("410122101"));

        HttpResponse<String> unknown = app.get("/decisions?township=999999999&matter=UM-001&asOf=" + AS_OF);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).path("detail").asText()).contains("unknown township code '999999999'").doesNotContain("--");
    }

    private static void decisionsOnTheCommonPoolThenOrdinaryRequests(RunningApp app) throws Exception {
        String codes = String.join(",", townships);
        JsonNode decisions = json(app.get("/decisions/batch?townships=" + codes + "&matter=UM-001&asOf=" + AS_OF));
        assertThat(decisions).hasSize(25);
        for (int i = 0; i < townships.size(); i++) {
            assertDecision(decisions.get(i), townships.get(i), "UM-001");
        }
        JsonNode assessments = json(app.get("/townships/assessments?codes=" + codes + "&asOf=" + AS_OF));
        assertThat(assessments).hasSize(25);
        for (int i = 0; i < townships.size(); i++) {
            assertThat(outcomes(assessments.get(i))).as(townships.get(i)).isEqualTo(referenceOutcomes(townships.get(i)));
        }
        for (int i = 0; i < 60; i++) {
            String code = townships.get(i % townships.size());
            assertDecision(json(app.get("/decisions?township=" + code + "&matter=UM-001&asOf=" + AS_OF)), code, "UM-001");
        }
    }

    private static void twoEnginesBuiltAtOnce(RunningApp app) throws Exception {
        for (int round = 0; round < 10; round++) {
            List<CompletableFuture<HttpResponse<String>>> builds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                builds.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return app.post("/packs/check");
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (CompletableFuture<HttpResponse<String>> build : builds) {
                JsonNode checked = json(build.join());
                assertThat(checked.path("rules").asInt()).as("round %d", round).isEqualTo(reference.rules().size());
                assertThat(checked.path("packs").findValuesAsText("id")).containsAll(reference.packs().stream().map(PackInfo::id).toList());
            }
        }
    }

    private static void reloadsWhenThePackDirectoryChanges(RunningApp app, Path zhejiang) throws Exception {
        Path manifest = zhejiang.resolve("pack.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("version: 1.0.0", "version: 1.0.1"));
        JsonNode details = awaitReload(app);
        assertThat(details.path("lastReload").path("loaded").asBoolean()).as(details.toString()).isTrue();
        assertThat(details.path("packs").path("zhejiang").asText()).isEqualTo("1.0.1");

        Files.writeString(zhejiang.resolve("broken.drl"), "package dev.devolve.packs.zhejiang;\nrule \"broken\" when then\n");
        details = awaitReload(app);
        assertThat(details.path("lastReload").path("loaded").asBoolean()).as(details.toString()).isFalse();
        assertThat(details.path("lastReload").path("diagnostics").toString()).contains("broken.drl");
        assertThat(details.path("packs").path("zhejiang").asText()).isEqualTo("1.0.1");
        assertDecision(json(app.get("/decisions?township=330122101&matter=UM-001&asOf=" + AS_OF)), "330122101", "UM-001");
    }

    /**
     * Waits until the health details report a reload other than the last one seen. The new packs
     * are served a moment before the watcher's callback records the reload, so it is the record
     * that is awaited, not any change in the details.
     */
    private static JsonNode awaitReload(RunningApp app) throws Exception {
        String before = json(app.get("/actuator/health")).path("components").path("devolve").path("details").path("lastReload").toString();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode details = json(app.get("/actuator/health")).path("components").path("devolve").path("details");
            if (!details.path("lastReload").isMissingNode() && !details.path("lastReload").toString().equals(before)) {
                return details;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no reload within 30 s; health details stayed " + before + "\n" + app.logTail());
    }

    private static void assertCleanLog(RunningApp app) throws IOException {
        assertThat(app.log()).doesNotContain("NoClassDefFoundError", "ClosedFileSystemException", "StatusLogger",
                "could not find a logging provider", "Exception in thread");
    }

    private static void assertDecision(JsonNode decision, String township, String matter) {
        assertThat(decision.path("schema").asText()).isEqualTo("devolve.decision/1");
        assertThat(decision.path("township").path("code").asText()).isEqualTo(township);
        assertThat(decision.path("matter").path("code").asText()).isEqualTo(matter);
        assertThat(decision.path("outcome").asText()).as("%s × %s", township, matter).isEqualTo(reference.decide(
                DecisionRequest.of(NationalTownships.get().require(township), reference.matter(matter).orElseThrow(), LocalDate.parse(AS_OF)))
                .outcome().name());
    }

    private static List<String> outcomes(JsonNode assessment) {
        List<String> out = new ArrayList<>();
        assessment.path("decisions").forEach(d -> out.add(d.path("outcome").asText()));
        return out;
    }

    private static List<String> referenceOutcomes(String township) {
        return reference.assess(NationalTownships.get().require(township), LocalDate.parse(AS_OF)).decisions().stream()
                .map(d -> d.outcome().name()).toList();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Copies a bundled pack's files, as its index lists them, into {@code dir/<id>}. */
    private static Path copyBundledPack(String id, Path dir) throws IOException {
        Path target = dir.resolve(id);
        ClassLoader cl = SpringBootAppIT.class.getClassLoader();
        String index;
        try (InputStream in = cl.getResourceAsStream("META-INF/devolve/packs/" + id + ".index")) {
            assertThat(in).as("index of bundled pack " + id).isNotNull();
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String file : index.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
            Path out = target.resolve(file);
            Files.createDirectories(out.getParent());
            try (InputStream in = cl.getResourceAsStream("devolve/packs/" + id + "/" + file)) {
                Files.copy(in, out);
            }
        }
        return target;
    }
}

package dev.devolve.examples.springboot;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.ReloadingEngine;
import dev.devolve.error.InputException;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Matter;
import dev.devolve.model.Township;
import dev.devolve.output.AssessmentJson;
import dev.devolve.output.DecisionJson;
import dev.devolve.result.Decision;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Decisions over HTTP. Answers are the library's own JSON documents ({@code devolve.decision/1},
 * {@code devolve.assessment/1}); the list endpoints join them into a JSON array.
 */
@RestController
public class DecisionController {

    private final ReloadingEngine engine;

    public DecisionController(ReloadingEngine engine) {
        this.engine = engine;
    }

    /** One decision: {@code GET /decisions?township=330122101&matter=UM-001&asOf=2024-03-01}. */
    @GetMapping(path = "/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    public String decide(@RequestParam String township, @RequestParam String matter, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return DecisionJson.toJson(decision(township, matter, dateOrToday(asOf)));
    }

    /** The township's whole list: {@code GET /townships/330122101/assessment?asOf=2024-03-01}. */
    @GetMapping(path = "/townships/{code}/assessment", produces = MediaType.APPLICATION_JSON_VALUE)
    public String assess(@PathVariable String code, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return AssessmentJson.toJson(engine.assess(NationalTownships.get().require(code), dateOrToday(asOf)));
    }

    /**
     * One matter for many townships, each decided on the common fork-join pool with
     * {@code CompletableFuture.supplyAsync}: {@code GET /decisions/batch?townships=A,B&matter=UM-001}.
     */
    @GetMapping(path = "/decisions/batch", produces = MediaType.APPLICATION_JSON_VALUE)
    public String decideMany(@RequestParam List<String> townships, @RequestParam String matter,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = dateOrToday(asOf);
        List<CompletableFuture<String>> futures = townships.stream()
                .map(t -> CompletableFuture.supplyAsync(() -> DecisionJson.toJson(decision(t, matter, date))))
                .toList();
        return array(futures.stream().map(CompletableFuture::join).toList());
    }

    /** Many townships' lists, assessed in a parallel stream: {@code GET /townships/assessments?codes=A,B}. */
    @GetMapping(path = "/townships/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    public String assessMany(@RequestParam List<String> codes, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = dateOrToday(asOf);
        return array(codes.parallelStream().map(c -> AssessmentJson.toJson(engine.assess(NationalTownships.get().require(c), date))).toList());
    }

    private Decision decision(String townshipCode, String matterCode, LocalDate asOf) {
        Township township = NationalTownships.get().require(townshipCode);
        Matter matter = engine.current().matter(matterCode).orElseThrow(() -> new InputException("matter", 0, 0,
                "unknown matter code '" + matterCode + "'; the catalog has " + engine.current().catalog().size() + " matters"));
        return engine.decide(DecisionRequest.of(township, matter, asOf));
    }

    private static LocalDate dateOrToday(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    private static String array(List<String> documents) {
        return "[" + String.join(",", documents) + "]";
    }
}

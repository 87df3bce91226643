package dev.devolve.output.report;

import dev.devolve.output.Json;
import dev.devolve.result.RuleDescription;
import dev.devolve.scenario.Mismatch;
import dev.devolve.scenario.ScenarioResult;
import dev.devolve.scenario.SuiteResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scenario run ({@link SuiteResult}) as {@code devolve.test/1}. */
public final class TestJson {

    private TestJson() {
    }

    /** The run as a {@code devolve.test/1} JSON document. */
    public static String toJson(SuiteResult run, double minCoverage) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", SuiteResult.SCHEMA);
        d.put("passed", run.passed());
        d.put("failed", run.failed());
        d.put("cutShort", run.cutShort());
        d.put("files", run.files());
        d.put("millis", run.millis());
        List<Object> scenarios = new ArrayList<>();
        for (ScenarioResult r : run.results()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", r.scenario().name());
            s.put("file", r.scenario().file().toString());
            s.put("line", r.scenario().line());
            s.put("status", r.passed() ? "passed" : "failed");
            s.put("cutShort", r.cutShort());
            List<Object> mismatches = new ArrayList<>();
            for (Mismatch m : r.mismatches()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("field", m.field());
                mm.put("expected", m.expected());
                mm.put("actual", m.actual());
                mismatches.add(mm);
            }
            s.put("mismatches", mismatches);
            s.put("rulesFired", r.rulesFired());
            if (!r.passed()) {
                s.put("explanation", r.explanation());
            }
            scenarios.add(s);
        }
        d.put("scenarios", scenarios);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("rules", run.coverage().rules().size());
        c.put("fired", run.coverage().covered());
        c.put("percent", Math.round(run.coverage().percent() * 10) / 10.0);
        c.put("minimum", minCoverage);
        List<Object> uncovered = new ArrayList<>();
        for (RuleDescription r : run.coverage().uncovered()) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("id", r.id());
            u.put("location", r.location());
            uncovered.add(u);
        }
        c.put("uncovered", uncovered);
        d.put("coverage", c);
        return Json.pretty(d);
    }

}

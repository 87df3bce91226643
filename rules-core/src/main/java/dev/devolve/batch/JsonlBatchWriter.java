package dev.devolve.batch;

import dev.devolve.output.DecisionJson;
import dev.devolve.output.Json;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
import dev.devolve.result.FiscalSummary;
import dev.devolve.result.RuleContribution;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Formats a batch as JSON Lines: a {@code decision} line per (township, matter) and a
 * {@code fiscal} line per township. With explanations, each decision line carries the whole
 * {@code devolve.decision/1} document under {@code decision}.
 */
public final class JsonlBatchWriter implements BatchFormat {

    private final boolean explain;

    public JsonlBatchWriter(boolean explain) {
        this.explain = explain;
    }

    @Override
    public String header() {
        return "";
    }

    @Override
    public String format(Assessment a) {
        StringBuilder out = new StringBuilder();
        String code = a.township().getCode();
        boolean synthetic = !a.township().getSyntheticFacts().isEmpty();
        for (Decision d : a.decisions()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "decision");
            line.put("township", code);
            line.put("matter", d.matter().getCode());
            line.put("outcome", d.outcome());
            line.put("error", d.error().map(DecisionJson::diagnostic));
            line.put("mode", d.mode());
            line.put("obligations", d.obligations());
            line.put("decidingRules", d.explanation().decisive().stream().map(RuleContribution::ruleId).toList());
            line.put("citations", d.citations());
            line.put("missing", d.missing());
            line.put("annualCost", d.fiscal().map(f -> f.annualCost()));
            line.put("countyTransfer", d.fiscal().map(f -> f.countyTransfer()));
            line.put("syntheticTownship", synthetic);
            if (explain) {
                line.put("decision", DecisionJson.toDocument(d));
            }
            out.append(Json.compact(line)).append('\n');
        }
        FiscalSummary f = a.fiscal();
        Map<String, Object> fiscal = new LinkedHashMap<>();
        fiscal.put("type", "fiscal");
        fiscal.put("township", code);
        fiscal.put("asOf", a.asOf());
        fiscal.put("matters", f.items().size());
        fiscal.put("totalCost", f.totalCost());
        fiscal.put("totalCountyTransfer", f.totalTransfer());
        fiscal.put("totalTownshipPart", f.totalTownship());
        fiscal.put("totalUnfunded", f.totalUnfunded());
        fiscal.put("syntheticTownship", synthetic);
        out.append(Json.compact(fiscal)).append('\n');
        return out.toString();
    }
}

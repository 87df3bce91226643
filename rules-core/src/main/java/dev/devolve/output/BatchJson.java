package dev.devolve.output;

import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
import dev.devolve.result.FiscalSummary;
import dev.devolve.result.RuleContribution;

import java.util.LinkedHashMap;
import java.util.Map;

/** The lines of {@code batch --format jsonl} (schema {@code batch-line.schema.json}). */
public final class BatchJson {

    private BatchJson() {
    }

    /**
     * A township's lines: a {@code decision} line per matter (with the whole decision document
     * when {@code explain}), then its {@code fiscal} line; each line ends in a newline.
     */
    public static String lines(Assessment a, boolean explain) {
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

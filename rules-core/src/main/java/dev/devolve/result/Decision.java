package dev.devolve.result;

import dev.devolve.error.Diagnostic;
import dev.devolve.internal.io.Json;
import dev.devolve.model.Matter;
import dev.devolve.model.Mode;
import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer for one (township, matter, date): whether the power goes down, in which mode, under
 * which obligations and citations, what was missing, and the explanation. Immutable; no nulls.
 *
 * <p>{@link #toJson()} writes the documented {@code devolve.decision/1} schema.
 *
 * @param township    the township as decided (with generated facts marked synthetic)
 * @param matter      the matter as decided
 * @param asOf        the date decided for
 * @param outcome     the outcome
 * @param mode        the mode, for DELEGATE and ELIGIBLE
 * @param obligations obligations that come with the delegation
 * @param citations   what the outcome, mode and obligations rest on
 * @param missing     paths of missing facts, e.g. {@code township.certifiedOfficers}
 * @param rulesFired  ids of every rule that fired, in firing order
 * @param fiscal      money following the matter, for DELEGATE and ELIGIBLE matters with a known cost
 * @param mandates    unfunded-mandate findings for this matter
 * @param explanation the explanation
 * @param diagnostics problems found while deciding
 * @param packs       the packs (and their content hashes) that produced it
 */
public record Decision(Township township, Matter matter, LocalDate asOf, Outcome outcome, Optional<Mode> mode,
                       List<Obligation> obligations, List<String> citations, List<String> missing,
                       List<String> rulesFired, Optional<MatterFiscal> fiscal, List<Mandate> mandates,
                       Explanation explanation, List<Diagnostic> diagnostics, List<PackInfo> packs) {

    /** The schema id written in every decision document. */
    public static final String SCHEMA = "devolve.decision/1";

    public Decision {
        obligations = List.copyOf(obligations);
        citations = List.copyOf(citations);
        missing = List.copyOf(missing);
        rulesFired = List.copyOf(rulesFired);
        mandates = List.copyOf(mandates);
        diagnostics = List.copyOf(diagnostics);
        packs = List.copyOf(packs);
    }

    /**
     * Why the decision was cut short, when its outcome is {@link Outcome#ERROR}: the diagnostic
     * ({@code RULE_ERROR}, {@code RULE_TIMEOUT}, {@code RULE_FIRING_LIMIT}, {@code RULE_INSERT_LIMIT} or
     * {@code RULE_FORBIDDEN_FACT}) naming the rule and its location where one was running.
     */
    public Optional<Diagnostic> error() {
        if (outcome != Outcome.ERROR) {
            return Optional.empty();
        }
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).findFirst();
    }

    /** Whether the decision was cut short: its outcome is {@link Outcome#ERROR}. */
    public boolean isError() {
        return outcome == Outcome.ERROR;
    }

    /** The decision as a {@code devolve.decision/1} JSON document. */
    public String toJson() {
        return Json.pretty(toDocument());
    }

    /** The decision as ordered maps and lists, ready for JSON. */
    public Map<String, Object> toDocument() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", SCHEMA);
        d.put("asOf", asOf);
        d.put("township", townshipDocument(township));
        Map<String, Object> m = new LinkedHashMap<>();
        matter.facts().forEach((k, v) -> m.put(k.substring("matter.".length()), v));
        d.put("matter", m);
        d.put("outcome", outcome);
        d.put("error", error().map(Diagnostic::toDocument));
        d.put("mode", mode);
        d.put("obligations", obligations);
        d.put("citations", citations);
        d.put("missing", missing);
        d.put("rulesFired", rulesFired);
        d.put("fiscal", fiscal.map(Decision::fiscalDocument));
        d.put("mandates", mandates.stream().map(Decision::mandateDocument).toList());
        d.put("explanation", explanation.toDocument());
        d.put("diagnostics", diagnosticsDocument(diagnostics));
        d.put("packs", packsDocument(packs));
        return d;
    }

    static Map<String, Object> fiscalDocument(MatterFiscal f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("annualCost", f.annualCost());
        m.put("townshipShare", f.townshipShare());
        m.put("townshipPart", f.townshipPart());
        m.put("countyTransfer", f.countyTransfer());
        m.put("payer", f.payer());
        return m;
    }

    static Map<String, Object> mandateDocument(Mandate f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", Mandate.CODE);
        m.put("matter", f.matterCode());
        m.put("kind", f.kind());
        m.put("required", f.required());
        m.put("transferred", f.transferred());
        m.put("amount", f.amount());
        m.put("rule", f.ruleId());
        m.put("citations", f.citations());
        m.put("text", Explanation.text(f.textZh(), f.textEn()));
        return m;
    }

    static List<Object> diagnosticsDocument(List<Diagnostic> diagnostics) {
        List<Object> out = new ArrayList<>();
        for (Diagnostic g : diagnostics) {
            out.add(g.toDocument());
        }
        return out;
    }

    public static List<Object> packsDocument(List<PackInfo> packs) {
        List<Object> out = new ArrayList<>();
        for (PackInfo p : packs) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.id());
            pm.put("version", p.version());
            pm.put("contentHash", p.contentHash());
            pm.put("linted", p.linted());
            out.add(pm);
        }
        return out;
    }

    static Map<String, Object> townshipDocument(Township township) {
        Map<String, Object> t = new LinkedHashMap<>();
        township.facts().forEach((k, v) -> t.put(k.substring("township.".length()), v));
        t.put("synthetic", township.getSyntheticFacts());
        return t;
    }
}

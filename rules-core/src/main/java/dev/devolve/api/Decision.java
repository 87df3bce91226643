package dev.devolve.api;

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
 * @param explanation the explanation
 * @param diagnostics problems found while deciding
 * @param packs       the packs (and their content hashes) that produced it
 */
public record Decision(Township township, Matter matter, LocalDate asOf, Outcome outcome, Optional<Mode> mode,
                       List<Obligation> obligations, List<String> citations, List<String> missing,
                       List<String> rulesFired, Explanation explanation, List<Diagnostic> diagnostics,
                       List<PackInfo> packs) {

    /** The schema id written in every decision document. */
    public static final String SCHEMA = "devolve.decision/1";

    public Decision {
        obligations = List.copyOf(obligations);
        citations = List.copyOf(citations);
        missing = List.copyOf(missing);
        rulesFired = List.copyOf(rulesFired);
        diagnostics = List.copyOf(diagnostics);
        packs = List.copyOf(packs);
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
        d.put("mode", mode);
        d.put("obligations", obligations);
        d.put("citations", citations);
        d.put("missing", missing);
        d.put("rulesFired", rulesFired);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("summary", text(explanation.summaryZh(), explanation.summaryEn()));
        List<Object> rules = new ArrayList<>();
        for (RuleContribution c : explanation.rules()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", c.ruleId());
            r.put("label", text(c.labelZh(), c.labelEn()));
            r.put("citations", c.citations());
            r.put("effects", c.effects());
            r.put("decisive", c.decisive());
            List<Object> facts = new ArrayList<>();
            for (FactValue f : c.facts()) {
                Map<String, Object> fv = new LinkedHashMap<>();
                fv.put("path", f.path());
                fv.put("value", f.value());
                fv.put("synthetic", f.synthetic());
                f.since().ifPresent(s -> fv.put("since", s));
                f.source().ifPresent(s -> fv.put("source", s));
                facts.add(fv);
            }
            r.put("facts", facts);
            r.put("text", text(c.textZh(), c.textEn()));
            r.put("location", c.location());
            rules.add(r);
        }
        e.put("rules", rules);
        List<Object> changes = new ArrayList<>();
        for (Change c : explanation.toChange()) {
            Map<String, Object> ch = new LinkedHashMap<>();
            ch.put("rule", c.ruleId());
            ch.put("fact", c.fact());
            ch.put("actual", c.actual());
            ch.put("operator", c.operator());
            ch.put("required", c.required());
            ch.put("text", text(c.textZh(), c.textEn()));
            changes.add(ch);
        }
        e.put("toChange", changes);
        d.put("explanation", e);
        List<Object> diags = new ArrayList<>();
        for (Diagnostic g : diagnostics) {
            Map<String, Object> dg = new LinkedHashMap<>();
            dg.put("severity", g.severity());
            dg.put("code", g.code());
            dg.put("message", g.message());
            dg.put("location", g.location());
            diags.add(dg);
        }
        d.put("diagnostics", diags);
        List<Object> ps = new ArrayList<>();
        for (PackInfo p : packs) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.id());
            pm.put("version", p.version());
            pm.put("contentHash", p.contentHash());
            ps.add(pm);
        }
        d.put("packs", ps);
        return d;
    }

    static Map<String, Object> townshipDocument(Township township) {
        Map<String, Object> t = new LinkedHashMap<>();
        township.facts().forEach((k, v) -> t.put(k.substring("township.".length()), v));
        t.put("synthetic", township.syntheticFacts());
        return t;
    }

    private static Map<String, Object> text(String zh, String en) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("zh", zh);
        t.put("en", en);
        return t;
    }
}

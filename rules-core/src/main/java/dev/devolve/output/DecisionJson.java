package dev.devolve.output;

import dev.devolve.error.Diagnostic;
import dev.devolve.model.Township;
import dev.devolve.result.Change;
import dev.devolve.result.Decision;
import dev.devolve.result.Explanation;
import dev.devolve.result.FactValue;
import dev.devolve.result.Mandate;
import dev.devolve.result.MatterFiscal;
import dev.devolve.result.PackInfo;
import dev.devolve.result.RuleContribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision as the documented {@code devolve.decision/1} JSON document, and the parts of it that
 * the other documents share: the township, explanation, diagnostics, packs, money and mandates.
 * Documents are ordered maps and lists; {@link Json} writes them.
 */
public final class DecisionJson {

    private DecisionJson() {
    }

    /** The decision as a {@code devolve.decision/1} JSON document. */
    public static String toJson(Decision decision) {
        return Json.pretty(toDocument(decision));
    }

    /** The decision as ordered maps and lists, ready for JSON. */
    public static Map<String, Object> toDocument(Decision decision) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("schema", Decision.SCHEMA);
        d.put("asOf", decision.asOf());
        d.put("township", township(decision.township()));
        Map<String, Object> m = new LinkedHashMap<>();
        decision.matter().facts().forEach((k, v) -> m.put(k.substring("matter.".length()), v));
        d.put("matter", m);
        d.put("outcome", decision.outcome());
        d.put("error", decision.error().map(DecisionJson::diagnostic));
        d.put("mode", decision.mode());
        d.put("obligations", decision.obligations());
        d.put("citations", decision.citations());
        d.put("missing", decision.missing());
        d.put("rulesFired", decision.rulesFired());
        d.put("fiscal", decision.fiscal().map(DecisionJson::fiscal));
        d.put("mandates", decision.mandates().stream().map(DecisionJson::mandate).toList());
        d.put("explanation", explanation(decision.explanation()));
        d.put("diagnostics", diagnostics(decision.diagnostics()));
        d.put("packs", packs(decision.packs()));
        return d;
    }

    static Map<String, Object> fiscal(MatterFiscal f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("annualCost", f.annualCost());
        m.put("townshipShare", f.townshipShare());
        m.put("townshipPart", f.townshipPart());
        m.put("countyTransfer", f.countyTransfer());
        m.put("payer", f.payer());
        return m;
    }

    static Map<String, Object> mandate(Mandate f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", Mandate.CODE);
        m.put("matter", f.matterCode());
        m.put("kind", f.kind());
        m.put("required", f.required());
        m.put("transferred", f.transferred());
        m.put("amount", f.amount());
        m.put("rule", f.ruleId());
        m.put("citations", f.citations());
        m.put("text", text(f.textZh(), f.textEn()));
        return m;
    }

    /** {@code {severity, code, message, location}}, ordered, for JSON. */
    public static Map<String, Object> diagnostic(Diagnostic diagnostic) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("severity", diagnostic.severity());
        d.put("code", diagnostic.code());
        d.put("message", diagnostic.message());
        d.put("location", diagnostic.location());
        return d;
    }

    static List<Object> diagnostics(List<Diagnostic> diagnostics) {
        List<Object> out = new ArrayList<>();
        for (Diagnostic g : diagnostics) {
            out.add(diagnostic(g));
        }
        return out;
    }

    /** The {@code packs} array of every document: id, version, content hash and whether it was checked. */
    public static List<Object> packs(List<PackInfo> packs) {
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

    static Map<String, Object> township(Township township) {
        Map<String, Object> t = new LinkedHashMap<>();
        township.facts().forEach((k, v) -> t.put(k.substring("township.".length()), v));
        t.put("synthetic", township.getSyntheticFacts());
        return t;
    }

    /** The explanation as ordered maps and lists: the {@code explanation} object of every document. */
    static Map<String, Object> explanation(Explanation explanation) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("summary", text(explanation.summaryZh(), explanation.summaryEn()));
        List<Object> rs = new ArrayList<>();
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
                f.provenance().ifPresent(p -> {
                    fv.put("source", p.display());
                    p.reference().ifPresent(ref -> fv.put("reference", ref));
                    p.note().ifPresent(n -> fv.put("note", n));
                    fv.put("status", p.status().word());
                    p.unit().ifPresent(u -> fv.put("unit", u));
                });
                facts.add(fv);
            }
            r.put("facts", facts);
            r.put("text", text(c.textZh(), c.textEn()));
            r.put("location", c.location());
            rs.add(r);
        }
        e.put("rules", rs);
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
        return e;
    }

    static Map<String, Object> text(String zh, String en) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("zh", zh);
        t.put("en", en);
        return t;
    }
}

package dev.devolve.output;

import dev.devolve.result.AdmissionDecision;
import dev.devolve.result.DelegationLink;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyFinding;
import dev.devolve.result.DutyLists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a township's duty lists as {@code devolve.duties/1} and an admission as
 * {@code devolve.admission/1}, with the shared parts of {@code devolve.decision/1}.
 */
public final class DutyJson {

    /** The schema id written in every duty-lists document. */
    public static final String DUTIES = "devolve.duties/1";
    /** The schema id written in every admission document. */
    public static final String ADMISSION = "devolve.admission/1";

    private DutyJson() {
    }

    /** The lists, with findings about them: the LIST_DEVIATES of a published list, or none. */
    public static String toJson(DutyLists lists, List<DutyFinding> findings) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("schema", DUTIES);
        a.put("asOf", lists.asOf());
        a.put("township", DecisionJson.township(lists.township()));
        a.put("counts", lists.counts());
        List<Object> ds = new ArrayList<>();
        lists.decisions().forEach(d -> ds.add(duty(d)));
        a.put("duties", ds);
        a.put("findings", findings.stream().map(DutyJson::finding).toList());
        a.put("packs", DecisionJson.packs(lists.packs()));
        return Json.pretty(a);
    }

    public static String toJson(AdmissionDecision a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", ADMISSION);
        m.put("asOf", a.asOf());
        m.put("township", DecisionJson.township(a.township()));
        Map<String, Object> p = new LinkedHashMap<>();
        a.proposal().facts().forEach((k, v) -> p.put(k.substring("proposal.".length()), v));
        m.put("proposal", p);
        m.put("admission", a.admission());
        m.put("error", a.error().map(DecisionJson::diagnostic));
        m.put("wouldBe", a.wouldBe());
        m.put("inCatalog", a.inCatalog());
        m.put("obligations", a.obligations());
        m.put("findings", a.findings().stream().map(DutyJson::finding).toList());
        m.put("citations", a.citations());
        m.put("missing", a.missing());
        m.put("rulesFired", a.rulesFired());
        m.put("duty", duty(a.duty()));
        m.put("explanation", DecisionJson.explanation(a.explanation()));
        m.put("diagnostics", DecisionJson.diagnostics(a.diagnostics()));
        m.put("packs", DecisionJson.packs(a.packs()));
        return Json.pretty(m);
    }

    /** One duty's decision: a row of {@code devolve.duties/1}. */
    static Map<String, Object> duty(DutyDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        d.duty().facts().forEach((k, v) -> facts.put(k.substring("duty.".length()), v));
        m.put("duty", facts);
        m.put("list", d.list());
        m.put("error", d.error().map(DecisionJson::diagnostic));
        m.put("lead", d.lead());
        m.put("reasons", d.reasons());
        m.put("citations", d.citations());
        m.put("missing", d.missing());
        m.put("rulesFired", d.rulesFired());
        m.put("delegation", d.delegation().map(DutyJson::delegation));
        m.put("explanation", DecisionJson.explanation(d.explanation()));
        m.put("diagnostics", DecisionJson.diagnostics(d.diagnostics()));
        return m;
    }

    private static Map<String, Object> delegation(DelegationLink l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matter", l.matter());
        m.put("outcome", l.outcome());
        m.put("decidingRules", l.decidingRules());
        m.put("reason", DecisionJson.text(l.reasonZh(), l.reasonEn()));
        m.put("missing", l.missing());
        return m;
    }

    private static Map<String, Object> finding(DutyFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind());
        m.put("amount", f.amount());
        m.put("rule", f.ruleId());
        m.put("citations", f.citations());
        m.put("text", DecisionJson.text(f.textZh(), f.textEn()));
        return m;
    }
}

package dev.devolve.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a result came out as it did: every rule that contributed (not only the winner, so "why not"
 * is always answered), a summary sentence in Chinese and English, and, for any outcome other than
 * DELEGATE, what would have to change.
 *
 * @param rules    contributing rules, in the order they fired
 * @param toChange what would have to change for the matter to be delegated; empty for DELEGATE
 * @param summaryZh one sentence in Chinese
 * @param summaryEn one sentence in English
 */
public record Explanation(List<RuleContribution> rules, List<Change> toChange, String summaryZh, String summaryEn) {

    public Explanation {
        rules = List.copyOf(rules);
        toChange = List.copyOf(toChange);
    }

    /** The contributions that determined the result. */
    public List<RuleContribution> decisive() {
        return rules.stream().filter(RuleContribution::decisive).toList();
    }

    /** The explanation as ordered maps and lists: the {@code explanation} object of every document. */
    public Map<String, Object> toDocument() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("summary", text(summaryZh, summaryEn));
        List<Object> rs = new ArrayList<>();
        for (RuleContribution c : rules) {
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
        for (Change c : toChange) {
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

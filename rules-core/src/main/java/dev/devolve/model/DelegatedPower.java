package dev.devolve.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The delegation decision for the power a duty exercises, for the same township and date, as the
 * duty rules see it: the outcome, the deciding reason in both languages and any missing facts.
 * The engine decides it before the duties and hands it in; rules only read it.
 */
public final class DelegatedPower {

    private final String matterCode;
    private final Outcome outcome;
    private final String reasonZh;
    private final String reasonEn;
    private final List<String> missing;

    public DelegatedPower(String matterCode, Outcome outcome, String reasonZh, String reasonEn, List<String> missing) {
        this.matterCode = matterCode;
        this.outcome = outcome;
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
        this.missing = List.copyOf(missing);
    }

    public String getMatterCode() { return matterCode; }
    public Outcome getOutcome() { return outcome; }
    public String getReasonZh() { return reasonZh; }
    public String getReasonEn() { return reasonEn; }
    public List<String> getMissing() { return missing; }

    /** Whether the township does not hold the power: PROHIBITED, RETAIN or ELIGIBLE (not yet handed down). */
    public boolean isNotHeld() {
        return outcome == Outcome.PROHIBITED || outcome == Outcome.RETAIN || outcome == Outcome.ELIGIBLE;
    }

    /** The facts explanations show, by path. */
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("delegation.matter", matterCode);
        m.put("delegation.outcome", outcome);
        m.put("delegation.reasonZh", reasonZh);
        m.put("delegation.reason", reasonEn);
        m.put("delegation.missing", missing);
        return m;
    }

    @Override
    public String toString() {
        return matterCode + ":" + outcome;
    }
}

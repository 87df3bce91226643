package dev.devolve.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The delegation decision for the (township, matter, date) under review, as a fact review rules
 * match on: its outcome, the sentence of the rules that decided it, and the facts it missed. The
 * engine decides it first, with the same packs, and inserts it beside the {@link Usage}.
 */
public final class DelegationStatus implements DerivedFacts {

    private final Outcome outcome;
    private final String reason;
    private final List<String> missing;

    public DelegationStatus(Outcome outcome, String reason, List<String> missing) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.missing = List.copyOf(missing);
    }

    public Outcome getOutcome() { return outcome; }
    public String getReason() { return reason; }
    public List<String> getMissing() { return missing; }

    /** PROHIBITED, RETAIN or ELIGIBLE: the township does not hold the power on the date. */
    public boolean isNotHeld() {
        return outcome == Outcome.PROHIBITED || outcome == Outcome.RETAIN || outcome == Outcome.ELIGIBLE;
    }

    /** The township holds the power by statute, not by delegation. */
    public boolean isStatutory() {
        return outcome == Outcome.ALREADY_TOWNSHIP;
    }

    /** The delegation decision lacks facts. */
    public boolean isInsufficient() {
        return outcome == Outcome.INSUFFICIENT_FACTS;
    }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("delegation.outcome", outcome);
        m.put("delegation.reason", reason);
        m.put("delegation.missing", missing);
        return m;
    }

    @Override
    public String toString() {
        return "delegation " + outcome;
    }
}

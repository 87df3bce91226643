package dev.devolve.model;

import java.util.List;

/**
 * A rule's finding that facts a duty (or proposal) decision needs are absent, named by path: one
 * fact of the duty, the township or the proposal, or every fact the delegation decision of the power
 * the duty exercises is missing.
 */
public final class MissingDutyFact {

    private final String dutyCode;
    private final List<String> paths;

    public MissingDutyFact(DutyItem duty, String path) {
        this.dutyCode = duty.getCode();
        this.paths = List.of(Problem.bounded("path", path));
    }

    /** The facts the delegation decision of the power the duty exercises is missing. */
    public MissingDutyFact(DutyItem duty, DelegatedPower delegation) {
        this.dutyCode = duty.getCode();
        this.paths = delegation.getMissing();
    }

    public String getDutyCode() { return dutyCode; }
    public List<String> getPaths() { return paths; }

    @Override
    public String toString() {
        return dutyCode + ":missing " + paths;
    }
}

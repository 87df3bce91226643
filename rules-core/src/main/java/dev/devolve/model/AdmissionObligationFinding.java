package dev.devolve.model;

/** A rule's finding that an admission decision comes with this obligation. */
public final class AdmissionObligationFinding {

    private final String dutyCode;
    private final AdmissionObligation obligation;

    public AdmissionObligationFinding(Proposal proposal, AdmissionObligation obligation) {
        this.dutyCode = proposal.getDuty().getCode();
        this.obligation = obligation;
    }

    public String getDutyCode() { return dutyCode; }
    public AdmissionObligation getObligation() { return obligation; }

    @Override
    public String toString() {
        return dutyCode + ":" + obligation;
    }
}

package dev.devolve.model;

/** A rule's finding that a proposal has this admission outcome. */
public final class AdmissionFinding {

    private final String dutyCode;
    private final Admission admission;

    /** @throws IllegalArgumentException for {@link Admission#ERROR}, which only the engine gives */
    public AdmissionFinding(Proposal proposal, Admission admission) {
        if (admission == Admission.ERROR) {
            throw new IllegalArgumentException("a rule cannot propose the admission ERROR; only the engine gives it, to a decision cut short");
        }
        this.dutyCode = proposal.getDuty().getCode();
        this.admission = admission;
    }

    public String getDutyCode() { return dutyCode; }
    public Admission getAdmission() { return admission; }

    @Override
    public String toString() {
        return dutyCode + ":" + admission;
    }
}

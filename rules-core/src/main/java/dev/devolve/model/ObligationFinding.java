package dev.devolve.model;

/** A rule's finding that a delegation comes with this obligation. */
public final class ObligationFinding {

    private final String matterCode;
    private final Obligation obligation;

    public ObligationFinding(Matter matter, Obligation obligation) {
        this.matterCode = matter.getCode();
        this.obligation = obligation;
    }

    public String getMatterCode() { return matterCode; }
    public Obligation getObligation() { return obligation; }

    @Override
    public String toString() {
        return matterCode + ":" + obligation;
    }
}

package dev.devolve.model;

/**
 * A rule's finding that a duty belongs on a list. A statutory finding (party building, or a law
 * naming the township) is BASIC whatever the recall tests say; among the others RECALLED wins, then
 * a missing fact, then SUPPORTING, then BASIC.
 */
public final class ListFinding {

    private final String dutyCode;
    private final DutyList list;
    private final boolean statutory;

    /** @throws IllegalArgumentException for INSUFFICIENT_FACTS (a missing fact gives it) and ERROR (only the engine gives it) */
    public ListFinding(DutyItem duty, DutyList list) {
        this(duty, list, false);
    }

    private ListFinding(DutyItem duty, DutyList list, boolean statutory) {
        if (list == DutyList.INSUFFICIENT_FACTS || list == DutyList.ERROR) {
            throw new IllegalArgumentException("a rule proposes BASIC, SUPPORTING or RECALLED; INSUFFICIENT_FACTS comes from a missing fact "
                    + "(MissingDutyFact) and ERROR only from the engine");
        }
        this.dutyCode = duty.getCode();
        this.list = list;
        this.statutory = statutory;
    }

    /** BASIC because a law, regulation or party rule assigns it to the township: no recall test can take it away. */
    public static ListFinding statutory(DutyItem duty) {
        return new ListFinding(duty, DutyList.BASIC, true);
    }

    public String getDutyCode() { return dutyCode; }
    public DutyList getList() { return list; }
    public boolean isStatutory() { return statutory; }

    @Override
    public String toString() {
        return dutyCode + ":" + list + (statutory ? " (statutory)" : "");
    }
}

package dev.devolve.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list the duty tests give a proposed duty for this township ({@code wouldBe}), and whether
 * the duty is in the catalog. The engine decides it before the admission rules run; rules only read it.
 */
public final class DutyListStatus {

    private final String dutyCode;
    private final DutyList list;
    private final boolean inCatalog;

    public DutyListStatus(String dutyCode, DutyList list, boolean inCatalog) {
        this.dutyCode = dutyCode;
        this.list = list;
        this.inCatalog = inCatalog;
    }

    public String getDutyCode() { return dutyCode; }
    public DutyList getList() { return list; }
    public boolean isInCatalog() { return inCatalog; }

    /** The facts explanations show, by path. */
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("duty.list", list);
        m.put("duty.inCatalog", inCatalog);
        return m;
    }

    @Override
    public String toString() {
        return dutyCode + ":" + list + (inCatalog ? "" : " (not in the catalog)");
    }
}

package dev.devolve.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a county declares it places on a township (duties, with their annual cost) and what it
 * transfers for them, both by catalog matter code, in yuan a year.
 *
 * <pre>{@code
 * CountyMandates m = CountyMandates.NONE.withDuty("UM-001", new BigDecimal("36000")).withTransfer("UM-001", new BigDecimal("20000"));
 * }</pre>
 *
 * @param duties    annual cost of each duty, by matter code
 * @param transfers annual transfer for each matter, by matter code
 */
public record CountyMandates(Map<String, BigDecimal> duties, Map<String, BigDecimal> transfers) {

    /** No duties and no transfers declared. */
    public static final CountyMandates NONE = new CountyMandates(Map.of(), Map.of());

    public CountyMandates {
        duties = Collections.unmodifiableMap(new LinkedHashMap<>(duties));
        transfers = Collections.unmodifiableMap(new LinkedHashMap<>(transfers));
    }

    public CountyMandates withDuty(String matterCode, BigDecimal amount) {
        Map<String, BigDecimal> d = new LinkedHashMap<>(duties);
        d.put(matterCode, amount);
        return new CountyMandates(d, transfers);
    }

    public CountyMandates withTransfer(String matterCode, BigDecimal amount) {
        Map<String, BigDecimal> t = new LinkedHashMap<>(transfers);
        t.put(matterCode, amount);
        return new CountyMandates(duties, t);
    }
}

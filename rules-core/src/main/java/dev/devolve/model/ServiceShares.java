package dev.devolve.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The split of a shared service between the five levels: exact decimal shares that sum to 1, and
 * amounts in yuan. Each level's amount is {@code amount × share} rounded half-even to the fen,
 * except the county's, which is the amount less all the others, so the parts always add up to the
 * whole.
 */
public final class ServiceShares implements DerivedFacts {

    private final Map<Level, BigDecimal> shares;
    private final Map<Level, BigDecimal> amounts;
    private final BigDecimal total;

    private ServiceShares(Map<Level, BigDecimal> shares, BigDecimal total) {
        BigDecimal others = BigDecimal.ZERO;
        for (Map.Entry<Level, BigDecimal> e : shares.entrySet()) {
            if (e.getKey() != Level.COUNTY) {
                others = others.add(e.getValue());
            }
        }
        shares.put(Level.COUNTY, BigDecimal.ONE.subtract(others));
        if (shares.get(Level.COUNTY).signum() < 0) {
            throw new IllegalArgumentException("shares other than the county's add up to more than 1: " + Decimals.describe(others));
        }
        Map<Level, BigDecimal> a = new EnumMap<>(Level.class);
        BigDecimal allocated = BigDecimal.ZERO;
        for (Level l : Level.values()) {
            if (l != Level.COUNTY) {
                BigDecimal part = total.multiply(shares.get(l)).setScale(2, RoundingMode.HALF_EVEN);
                a.put(l, part);
                allocated = allocated.add(part);
            }
        }
        a.put(Level.COUNTY, total.subtract(allocated));
        this.shares = Collections.unmodifiableMap(shares);
        this.amounts = Collections.unmodifiableMap(a);
        this.total = total;
    }

    /**
     * The central share, then the local remainder split by {@code localSplit} (shares of the local
     * part by level word: {@code province}, {@code city}, {@code county}, {@code township}).
     */
    public static ServiceShares split(SharedService service, BigDecimal central, Map<String, Object> localSplit) {
        Map<Level, BigDecimal> s = new EnumMap<>(Level.class);
        Decimals.bounded("a central share", central);
        BigDecimal local = BigDecimal.ONE.subtract(central);
        s.put(Level.CENTRAL, central);
        for (Level l : new Level[] {Level.PROVINCE, Level.CITY, Level.TOWNSHIP}) {
            Object part = localSplit.get(l.word());
            s.put(l, part instanceof BigDecimal d ? local.multiply(Decimals.bounded("the " + l.word() + " share of a split", d)) : BigDecimal.ZERO);
        }
        s.put(Level.COUNTY, BigDecimal.ZERO);
        return new ServiceShares(s, service.getAmount());
    }

    /** The county bears the whole amount. */
    public static ServiceShares countyOnly(SharedService service) {
        Map<Level, BigDecimal> s = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            s.put(l, BigDecimal.ZERO);
        }
        return new ServiceShares(s, service.getAmount());
    }

    public Map<Level, BigDecimal> getShares() { return shares; }
    public Map<Level, BigDecimal> getAmounts() { return amounts; }
    public BigDecimal getTotal() { return total; }

    /** @deprecated use {@link #getShares()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public Map<Level, BigDecimal> shares() { return getShares(); }

    /** @deprecated use {@link #getAmounts()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public Map<Level, BigDecimal> amounts() { return getAmounts(); }

    /** @deprecated use {@link #getTotal()}; the model names every property {@code getX}/{@code isX}. */
    @Deprecated(forRemoval = true)
    public BigDecimal total() { return getTotal(); }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Level l : Level.values()) {
            m.put("split.share." + l.word(), shares.get(l));
        }
        for (Level l : Level.values()) {
            m.put("split.amount." + l.word(), amounts.get(l));
        }
        return m;
    }
}

package dev.devolve.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A shared basic public service to split between levels of government: its category, how it is
 * shared, and the amount in yuan a year. Immutable.
 *
 * <pre>{@code
 * SharedService s = SharedService.of(ServiceCategory.PUBLIC_HEALTH, new BigDecimal("1000000"));
 * }</pre>
 */
public final class SharedService {

    private final String code;
    private final String name;
    private final ServiceCategory category;
    private final Sharing sharing;
    private final BigDecimal amount;

    /**
     * @param sharing {@code null} for the category's default
     * @throws IllegalArgumentException when the category is missing or the amount is missing or negative
     */
    public SharedService(String code, String name, ServiceCategory category, Sharing sharing, BigDecimal amount) {
        if (category == null) {
            throw new IllegalArgumentException("service.category is required");
        }
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("service.amount must be a number of yuan, zero or more: "
                    + (amount == null ? "missing" : Decimals.describe(amount)));
        }
        this.code = code;
        this.name = name;
        this.category = category;
        this.sharing = sharing != null ? sharing : category.defaultSharing();
        this.amount = amount;
    }

    public static SharedService of(ServiceCategory category, BigDecimal amount) {
        return new SharedService(null, null, category, null, amount);
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public ServiceCategory getCategory() { return category; }
    public Sharing getSharing() { return sharing; }
    public BigDecimal getAmount() { return amount; }

    /** A county-level fiscal power (GUOBANFA2022-20). */
    public boolean isCountyPower() {
        return category.isCountyPower();
    }

    /** Facts by path ({@code service.category} …). */
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service.code", code);
        m.put("service.name", name);
        m.put("service.category", category);
        m.put("service.sharing", sharing);
        m.put("service.amount", amount);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SharedService s && facts().equals(s.facts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, category, sharing, amount);
    }

    @Override
    public String toString() {
        return "SharedService" + facts();
    }
}

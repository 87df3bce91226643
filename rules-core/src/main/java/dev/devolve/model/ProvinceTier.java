package dev.devolve.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The province tier (GUOBANFA2018-6) a township falls in: found by its 4-digit city code first
 * (the five separately planned cities take tier 4 whatever their province) and then by its
 * 2-digit province code.
 */
public final class ProvinceTier implements DerivedFacts {

    private final int tier;
    private final String key;

    public ProvinceTier(int tier, String key) {
        this.tier = tier;
        this.key = Problem.bounded("key", key);
    }

    /** The tier from a table keyed by city or province code; empty when neither code is in it. */
    public static List<ProvinceTier> resolve(Map<String, Object> table, Township township) {
        String code = township.getCode();
        if (code == null) {
            return List.of();
        }
        for (String key : List.of(code.substring(0, 4), code.substring(0, 2))) {
            Object v = table.get(key);
            if (v instanceof BigDecimal d) {
                return List.of(new ProvinceTier(d.intValueExact(), key));
            }
        }
        return List.of();
    }

    public int getTier() { return tier; }

    /** The code the tier was found under: a 4-digit city code or a 2-digit province code. */
    public String getKey() { return key; }

    @Override
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("split.tier", tier);
        m.put("split.tierKey", key);
        return m;
    }
}

package dev.devolve.pack;

import dev.devolve.error.DecisionException;
import dev.devolve.model.Param;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parameters of an engine over time: the national values, each province's overrides for its
 * own townships, and the values in force on a date (kept for the dates asked, up to a bound).
 * Immutable apart from that cache; safe to share between threads.
 */
public final class ParameterTimeline {

    private static final int PARAMETER_CACHE_LIMIT = 4096;

    private final Map<String, Parameter> parameters;
    private final Map<String, Map<String, Parameter>> provinceParameters;
    private final Map<String, Map<String, Parameter>> effectiveByProvince;
    private final Map<ParamsKey, List<Param>> paramsByDate = new ConcurrentHashMap<>();

    /** The parameter values of one date, for the townships of one province (or none). */
    private record ParamsKey(LocalDate asOf, String province) {
    }

    /**
     * @param parameters         the national parameters by name
     * @param provinceParameters each province's overrides by province code
     */
    public ParameterTimeline(Map<String, Parameter> parameters, Map<String, Map<String, Parameter>> provinceParameters) {
        this.provinceParameters = Map.copyOf(provinceParameters);
        Map<String, Map<String, Parameter>> effective = new LinkedHashMap<>();
        provinceParameters.forEach((code, overrides) -> {
            Map<String, Parameter> merged = new TreeMap<>(parameters);
            merged.putAll(overrides);
            effective.put(code, Collections.unmodifiableMap(merged));
        });
        this.effectiveByProvince = Map.copyOf(effective);
        // Sorted by name: parameters enter every session in the same order, so runs are repeatable.
        this.parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /** The national parameters, by name, before any province's overrides. */
    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /** The parameters a province's pack overrides, for its townships only. */
    public Map<String, Parameter> provinceParameters(String provinceCode) {
        return provinceParameters.getOrDefault(provinceCode, Map.of());
    }

    /**
     * The parameter values in force on the date. A parameter the request's rules read must have
     * one; others without one are left out (a shared-service split from 2019 does not stop a
     * delegation decision of 2018).
     *
     * @throws DecisionException when a required parameter has no value on the date
     */
    public List<Param> paramsOn(LocalDate asOf, Set<String> required, String provinceCode) {
        Map<String, Parameter> overridden = effectiveByProvince.get(provinceCode);
        Map<String, Parameter> effective = overridden != null ? overridden : parameters;
        ParamsKey key = new ParamsKey(asOf, overridden != null ? provinceCode : "");
        List<Param> cached = paramsByDate.get(key);
        if (cached == null) {
            List<Param> out = new ArrayList<>(effective.size());
            for (Parameter p : effective.values()) {
                p.valueOn(asOf).ifPresent(v -> out.add(new Param(p.name(), v.value(), v.since(), v.provenance())));
            }
            cached = List.copyOf(out);
            if (paramsByDate.size() < PARAMETER_CACHE_LIMIT) {
                paramsByDate.put(key, cached);
            }
        }
        List<Parameter> notInForce = new ArrayList<>();
        for (String name : required) {
            Parameter p = effective.get(name);
            if (p != null && p.valueOn(asOf).isEmpty()) {
                notInForce.add(p);
            }
        }
        if (!notInForce.isEmpty()) {
            Parameter first = notInForce.get(0);
            throw new DecisionException("PARAMETER_NOT_IN_FORCE", "parameter " + first.name()
                    + (notInForce.size() > 1 ? " (and " + (notInForce.size() - 1) + " more)" : "") + " has no value on " + asOf
                    + "; its first value is in force from " + first.firstDate() + " (" + first.origin() + ")");
        }
        return cached;
    }
}

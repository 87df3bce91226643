package dev.devolve.explain;

import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.drools.FactPaths;
import dev.devolve.model.DerivedFacts;
import dev.devolve.model.Matter;
import dev.devolve.model.Param;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.SharedService;
import dev.devolve.model.Term;
import dev.devolve.model.Township;
import dev.devolve.result.FactValue;
import dev.devolve.result.Text;
import dev.devolve.words.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one request, by path, for metadata to name: a few layers of facts by path, a later
 * layer hiding an earlier one's value for the same path. The township's and the matter's layers
 * are their own maps, shared by every decision that names them rather than copied for each; what
 * the rules derived is one map on top, however many findings they inserted.
 */
record Facts(List<Map<String, ?>> layers, Map<String, Param> params, Set<String> synthetic) {

    /** The parameters last named by {@link #byName}, and their map. */
    private static volatile ParamsByName lastParams;

    static Facts of(Township township, LocalDate asOf, List<Param> params, List<?> others, List<Evaluator.Firing> firings) {
        List<Map<String, ?>> layers = new ArrayList<>(others.size() + 3);
        layers.add(township.facts());
        layers.add(Map.of(FactPaths.AS_OF, asOf));
        // What rules derived, and the derived facts handed in, in one map: a run may insert thousands.
        Map<String, Object> derived = new HashMap<>();
        for (Object o : others) {
            if (o instanceof Matter m) {
                layers.add(m.facts());
            } else if (o instanceof ProvinceStatus p) {
                layers.add(p.facts());
            } else if (o instanceof SharedService s) {
                layers.add(s.facts());
            } else if (o instanceof DerivedFacts d) {
                derived.putAll(d.facts());
            }
        }
        for (Evaluator.Firing f : firings) {
            for (Object o : f.inserted()) {
                if (o instanceof DerivedFacts d) {
                    derived.putAll(d.facts());
                }
            }
        }
        if (!derived.isEmpty()) {
            layers.add(derived);
        }
        return new Facts(layers, byName(params), township.getSyntheticFacts());
    }

    /**
     * The parameters by name, unmodifiable. The map of the last list named is kept for the next
     * call naming the same parameters in the same order — every decision of a township names the
     * same list — which is checked element by element, so a list changed in between is read anew.
     */
    static Map<String, Param> byName(List<Param> params) {
        ParamsByName last = lastParams;
        if (last != null && last.names(params)) {
            return last.byName();
        }
        Map<String, Param> byName = new HashMap<>();
        params.forEach(p -> byName.put(p.getName(), p));
        Map<String, Param> shown = Collections.unmodifiableMap(byName);
        lastParams = new ParamsByName(params.toArray(new Param[0]), shown);
        return shown;
    }

    /** A list of parameters, as it was when its map by name was made. */
    private record ParamsByName(Param[] params, Map<String, Param> byName) {
        boolean names(List<Param> list) {
            if (list.size() != params.length) {
                return false;
            }
            for (int i = 0; i < params.length; i++) {
                if (list.get(i) != params[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    Optional<Object> value(String path) {
        return Optional.ofNullable(valueOrNull(path));
    }

    /** The parameter's value, or the fact's; null when not known. */
    private Object valueOrNull(String path) {
        Param p = params.get(path);
        return p != null ? p.getValue() : lookUp(path);
    }

    /** The value of the last layer that has the path (which may say it is unknown, {@code null}); null when none has. */
    private Object lookUp(String path) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Map<String, ?> layer = layers.get(i);
            Object v = layer.get(path);
            if (v != null || layer.containsKey(path)) {
                return v;
            }
        }
        return null;
    }

    FactValue describe(String path) {
        Param p = params.get(path);
        if (p != null) {
            return new FactValue(path, Optional.of(p.getValue()), false, Optional.of(p.getSince()), Optional.of(p.getProvenance()));
        }
        return new FactValue(path, Optional.ofNullable(lookUp(path)), synthetic.contains(path), Optional.empty(), Optional.empty());
    }

    /**
     * The sentence with each {@code {path}} replaced by the value of that fact, written in
     * {@code language}. A word the sentence already puts in brackets, {@code 执法类事项（{matter.category}）},
     * is written as its code: the sentence has named it. A brace pair with nothing, or another
     * brace, between them is left as written.
     */
    String render(String template, Language language) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            // The placeholder is the innermost pair, "{a{b}" → "{b}"; each character is read a bounded number of times.
            int start = template.lastIndexOf('{', close);
            if (start < close - 1) {
                Object v = valueOrNull(template.substring(start + 1, close));
                boolean named = start > 0 && template.charAt(start - 1) == '（'
                        && close + 1 < template.length() && template.charAt(close + 1) == '）';
                sb.append(template, from, start);
                sb.append(Text.display(v, named && v instanceof Term ? Language.EN : language));
                from = close + 1;
            }
            open = template.indexOf('{', close + 1);
        }
        sb.append(template, from, template.length());
        return sb.toString();
    }
}

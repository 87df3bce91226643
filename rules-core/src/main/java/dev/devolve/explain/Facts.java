package dev.devolve.explain;

import dev.devolve.internal.drools.Evaluator;
import dev.devolve.internal.drools.FactPaths;
import dev.devolve.model.DerivedFacts;
import dev.devolve.model.Matter;
import dev.devolve.model.Param;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;
import dev.devolve.result.FactValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The facts of one request, by path, for metadata to name. */
record Facts(Map<String, Object> values, Map<String, Param> params, Set<String> synthetic) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    static Facts of(Township township, LocalDate asOf, List<Param> params, List<?> others, List<Evaluator.Firing> firings) {
        Map<String, Object> values = new HashMap<>(township.facts());
        values.put(FactPaths.AS_OF, asOf);
        for (Object o : others) {
            if (o instanceof Matter m) {
                values.putAll(m.facts());
            } else if (o instanceof ProvinceStatus p) {
                values.putAll(p.facts());
            } else if (o instanceof SharedService s) {
                values.putAll(s.facts());
            } else if (o instanceof DerivedFacts d) {
                values.putAll(d.facts());
            }
        }
        for (Evaluator.Firing f : firings) {
            for (Object o : f.inserted()) {
                if (o instanceof DerivedFacts d) {
                    values.putAll(d.facts());
                }
            }
        }
        Map<String, Param> byName = new HashMap<>();
        params.forEach(p -> byName.put(p.getName(), p));
        return new Facts(values, byName, township.getSyntheticFacts());
    }

    Optional<Object> value(String path) {
        Param p = params.get(path);
        if (p != null) {
            return Optional.of(p.getValue());
        }
        return Optional.ofNullable(values.get(path));
    }

    FactValue describe(String path) {
        Param p = params.get(path);
        if (p != null) {
            return new FactValue(path, Optional.of(p.getValue()), false, Optional.of(p.getSince()), Optional.of(p.getProvenance()));
        }
        return new FactValue(path, Optional.ofNullable(values.get(path)), synthetic.contains(path), Optional.empty(), Optional.empty());
    }

    String render(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(describe(m.group(1)).display()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}

package dev.devolve.internal.drools;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The metadata of the rules of one KieBase by the rule objects Drools hands to listeners, so that a
 * firing is attributed without building its key, and each rule's number, for counting firings in an
 * array.
 */
final class RuleTable {

    private final Map<String, RuleInfo> byKey;
    private final Map<Rule, Integer> numbers = new IdentityHashMap<>();
    private final RuleInfo[] infos;

    RuleTable(KieBase kieBase, Map<String, RuleInfo> byKey) {
        this.byKey = byKey;
        this.infos = byKey.values().toArray(new RuleInfo[0]);
        Map<String, Integer> numberOfKey = new HashMap<>();
        for (int i = 0; i < infos.length; i++) {
            numberOfKey.put(infos[i].key(), i);
        }
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Integer n = numberOfKey.get(key(r));
                if (n != null) {
                    numbers.put(r, n);
                }
            }
        }
    }

    private static String key(Rule r) {
        return r.getPackageName() + "/" + r.getName();
    }

    /** How many rules there are. */
    int size() {
        return infos.length;
    }

    /** The number of a rule that fired. */
    int number(Rule rule) {
        Integer n = numbers.get(rule);
        if (n != null) {
            return n;
        }
        // Not the object the base listed (Drools may hand over another one): by its key.
        RuleInfo info = byKey.get(key(rule));
        for (int i = 0; i < infos.length; i++) {
            if (infos[i] == info) {
                return i;
            }
        }
        throw new IllegalStateException("rule " + key(rule) + " fired but is not one of the compiled rules");
    }

    RuleInfo info(int number) {
        return infos[number];
    }

    /** A rule by its Drools key, package and name; null when there is none. */
    RuleInfo byKey(String key) {
        return byKey.get(key);
    }

    /** The first rule whose Drools key ends with the suffix; null when there is none. */
    RuleInfo endingWith(String suffix) {
        return byKey.entrySet().stream().filter(r -> r.getKey().endsWith(suffix)).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}

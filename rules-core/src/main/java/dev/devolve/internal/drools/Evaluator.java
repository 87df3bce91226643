package dev.devolve.internal.drools;

import dev.devolve.api.Diagnostic;
import dev.devolve.model.AsOf;
import dev.devolve.model.Matter;
import dev.devolve.model.Param;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.Township;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs one township and any number of matters through one KieSession and records, per matter,
 * which rules fired and what each inserted. Sessions are created per call from the shared,
 * immutable KieBase, so an evaluator is safe to use from many threads at once.
 */
public final class Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final int maxFirings;
    private final long timeoutNanos;

    public Evaluator(RuleCompiler.Compiled compiled, int maxFirings, Duration timeout) {
        this.kieBase = compiled.kieBase();
        this.rules = compiled.rules();
        this.maxFirings = maxFirings;
        this.timeoutNanos = timeout.toNanos();
    }

    /** One matter to decide, with the key it is joined on in the session and the province's position. */
    public record Case(String key, Matter matter, ProvinceContext province) {
    }

    /** One rule firing: the rule and the findings it inserted. */
    record Firing(RuleInfo rule, List<Object> inserted) {
    }

    /** Everything recorded for one matter, and the problems of the whole run. */
    public record Trace(List<Firing> firings, List<Diagnostic> diagnostics) {
    }

    /** The trace key of firings that matched no matter (a shared-service split, say). */
    public static final String GLOBAL = "";

    /**
     * Decides every case for the township in one session.
     *
     * @param extras further facts: a shared service to split, a county's duties and transfers
     * @return traces by case key, in the order of {@code cases}, then {@link #GLOBAL}
     */
    public Map<String, Trace> run(Township township, List<Case> cases, LocalDate asOf, List<Param> params, List<Object> extras) {
        Map<String, List<Firing>> byMatter = new LinkedHashMap<>();
        cases.forEach(c -> byMatter.put(c.key(), new ArrayList<>()));
        byMatter.put(GLOBAL, new ArrayList<>());
        List<Diagnostic> diagnostics = new ArrayList<>();
        Recorder recorder = new Recorder(byMatter, System.nanoTime() + timeoutNanos);
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.addEventListener(recorder.inserts);
            session.insert(new AsOf(asOf));
            params.forEach(session::insert);
            session.insert(township);
            for (Case c : cases) {
                session.insert(c.matter());
                session.insert(new ProvinceStatus(c.key(), c.province(), asOf));
            }
            extras.forEach(session::insert);
            // Past the deadline every further match is turned away, so the run ends after the firing
            // in progress: rules cannot loop inside a consequence (the sandbox forbids it), so a
            // runaway run is a chain of firings.
            int fired = session.fireAllRules(recorder::beforeDeadline, maxFirings);
            if (recorder.timedOut) {
                diagnostics.add(Diagnostic.error("RULE_TIMEOUT", null, "stopped after " + timeoutNanos / 1_000_000 + " ms and "
                        + fired + " rule firings; the rules firing most were " + recorder.busiest()));
            } else if (fired >= maxFirings) {
                diagnostics.add(Diagnostic.error("RULE_FIRING_LIMIT", null, "stopped after " + fired
                        + " rule firings; the rules firing most were " + recorder.busiest()));
            }
        } catch (RuntimeException e) {
            String rule = recorder.current == null ? "a rule" : "rule '" + recorder.current.rule().id() + "'";
            LOG.warn("{} failed while deciding township {}", rule, township.getCode(), e);
            diagnostics.add(Diagnostic.error("RULE_ERROR", recorder.current == null ? null : recorder.current.rule().location(),
                    rule + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            session.dispose();
        }
        Map<String, Trace> out = new LinkedHashMap<>();
        byMatter.forEach((k, v) -> out.put(k, new Trace(v, diagnostics)));
        return out;
    }

    /** Records firings and the findings inserted during each, attributed to the matter matched. */
    private final class Recorder extends DefaultAgendaEventListener {
        private final Map<String, List<Firing>> byMatter;
        private final Map<String, Integer> counts = new HashMap<>();
        private final long deadline;
        private Firing current;
        private List<String> currentMatters;
        private boolean timedOut;

        private final DefaultRuleRuntimeEventListener inserts = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null && current != null) {
                    current.inserted().add(event.getObject());
                }
            }
        };

        Recorder(Map<String, List<Firing>> byMatter, long deadline) {
            this.byMatter = byMatter;
            this.deadline = deadline;
        }

        String busiest() {
            return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
                    .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
        }

        boolean beforeDeadline(Match match) {
            if (!timedOut && System.nanoTime() > deadline) {
                timedOut = true;
            }
            return !timedOut;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Match match = event.getMatch();
            String key = match.getRule().getPackageName() + "/" + match.getRule().getName();
            RuleInfo info = rules.get(key);
            counts.merge(info.id(), 1, Integer::sum);
            current = new Firing(info, new ArrayList<>());
            currentMatters = new ArrayList<>();
            for (Object o : match.getObjects()) {
                if (o instanceof Matter m && byMatter.containsKey(m.getCode())) {
                    currentMatters.add(m.getCode());
                    break;
                }
            }
            if (currentMatters.isEmpty()) {
                // A rule that matches no matter speaks about the township: about every matter, and
                // about the request as a whole.
                currentMatters.addAll(byMatter.keySet());
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            for (String m : currentMatters) {
                byMatter.get(m).add(current);
            }
            current = null;
        }
    }
}

package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.model.AdmissionFinding;
import dev.devolve.model.AdmissionObligationFinding;
import dev.devolve.model.AsOf;
import dev.devolve.model.ListFinding;
import dev.devolve.model.MissingDutyFact;
import dev.devolve.model.UnfundedDuty;
import dev.devolve.model.CentralShare;
import dev.devolve.model.DutyItem;
import dev.devolve.model.Matter;
import dev.devolve.model.Proposal;
import dev.devolve.model.MatterCost;
import dev.devolve.model.MissingFact;
import dev.devolve.model.ModeFinding;
import dev.devolve.model.ObligationFinding;
import dev.devolve.model.OutcomeFinding;
import dev.devolve.model.Param;
import dev.devolve.model.Problem;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.ProvinceTier;
import dev.devolve.model.ReviewFinding;
import dev.devolve.model.ReviewMissing;
import dev.devolve.model.ReviewObligation;
import dev.devolve.model.ServiceShares;
import dev.devolve.model.Township;
import dev.devolve.model.UnfundedMandate;
import dev.devolve.model.UsageFinding;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one township and any number of matters through one KieSession and records, per matter,
 * which rules fired and what each inserted. An evaluator is safe to use from many threads at once:
 * each run takes a session of its own from the engine's idle ones (or a new one from the shared,
 * immutable KieBase), and a session that ran to its end is reset, emptied of every fact, and kept
 * for the next run.
 *
 * <p>A session is cut short, and every decision of it ends in ERROR, when a rule throws, when it
 * reaches the firing cap or the insert cap, when a rule inserts, changes or deletes anything but a
 * finding, or when the deadline passes. The deadline is enforced between firings (further matches
 * are turned away) and, by a watchdog thread, during a firing or while conditions are matched: the
 * watchdog halts the session and interrupts the deciding thread, which ends a rule that waits or
 * inserts; a computation that does neither (one long arithmetic call, say) cannot be interrupted
 * and ends when it ends, and the diagnostic then says how long the session really ran. A session
 * cut short is disposed of, never used again.
 */
public final class Evaluator {

    /** What rules may insert: findings, never input facts. Exact classes: every finding class is final. */
    static final Set<Class<?>> FINDING_TYPES = Set.of(OutcomeFinding.class, MissingFact.class, ModeFinding.class,
            ObligationFinding.class, MatterCost.class, UnfundedMandate.class, ProvinceTier.class, CentralShare.class,
            ServiceShares.class, Problem.class, ReviewFinding.class, ReviewMissing.class, ReviewObligation.class, UsageFinding.class,
            ListFinding.class, MissingDutyFact.class, AdmissionFinding.class, AdmissionObligationFinding.class, UnfundedDuty.class);

    /** The diagnostic codes of a session cut short; a decision carrying one of them is an ERROR. */
    public static final Set<String> CUT_SHORT = Set.of("RULE_ERROR", "RULE_TIMEOUT", "RULE_FIRING_LIMIT", "RULE_INSERT_LIMIT",
            "RULE_FORBIDDEN_FACT");

    /** The trace key of firings that matched no matter (a shared-service split, say). */
    public static final String GLOBAL = "";

    /** Idle sessions kept at most: enough for every thread of a busy host, few enough to hold little memory. */
    private static final int IDLE_SESSIONS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final KieBase kieBase;
    private final List<String> phases;
    private final int maxFirings;
    private final Recorder.Limits limits;
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    public Evaluator(RuleCompiler.Compiled compiled, int maxFirings, int maxInserts, Duration timeout) {
        this.kieBase = compiled.kieBase();
        this.phases = compiled.phases();
        this.maxFirings = maxFirings;
        // (rule, exception class) pairs already logged at WARN by this engine.
        this.limits = new Recorder.Limits(new RuleTable(compiled.kieBase(), compiled.rules()), maxInserts, timeout.toNanos(),
                ConcurrentHashMap.newKeySet());
    }

    /** One matter to decide, with the key it is joined on in the session and the province's position. */
    public record Case(String key, Matter matter, ProvinceContext province) {
    }

    /** One rule firing: the rule and the findings it inserted, in order. */
    public record Firing(RuleInfo rule, List<Object> inserted) {
    }

    /**
     * Everything recorded for one matter, and the problems of the whole run.
     *
     * @param cutShort why the session was cut short, when it was; every decision of it is then an ERROR
     */
    public record Trace(List<Firing> firings, List<Diagnostic> diagnostics, Optional<Diagnostic> cutShort) {
    }

    /**
     * Decides every case for the township in one session.
     *
     * @param extras further facts: a shared service to split, a county's duties and transfers
     * @return traces by case key, in the order of {@code cases}, then {@link #GLOBAL}
     */
    public Map<String, Trace> run(Township township, List<Case> cases, LocalDate asOf, List<Param> params, List<Object> extras) {
        List<String> keys = new ArrayList<>(cases.size());
        List<Object> facts = new ArrayList<>(2 * cases.size() + extras.size());
        for (Case c : cases) {
            keys.add(c.key());
            facts.add(c.matter());
            facts.add(new ProvinceStatus(c.key(), c.province(), asOf));
        }
        facts.addAll(extras);
        return runKeyed(township, keys, asOf, params, facts);
    }

    /**
     * Decides facts for the township in one session, recording each firing under the key of the
     * matter, duty or proposal it matched (duties and proposals are keyed by the duty's code).
     *
     * @return traces by key, in the order of {@code keys}, then {@link #GLOBAL}
     */
    public Map<String, Trace> runKeyed(Township township, List<String> keys, LocalDate asOf, List<Param> params, List<Object> facts) {
        Map<String, List<Firing>> byMatter = new LinkedHashMap<>();
        keys.forEach(k -> byMatter.put(k, new ArrayList<>()));
        byMatter.put(GLOBAL, new ArrayList<>());
        long start = System.nanoTime();
        KieSession session = take();
        Recorder recorder = new Recorder(limits, byMatter, start, session);
        Watchdog.add(recorder);
        boolean ended = false;
        try {
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener(recorder.facts);
            session.insert(new AsOf(asOf));
            params.forEach(session::insert);
            session.insert(township);
            facts.forEach(session::insert);
            recorder.matching = true;
            for (int i = phases.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
            }
            int fired = session.fireAllRules(recorder::admit, maxFirings);
            if (fired >= maxFirings) {
                recorder.stop("RULE_FIRING_LIMIT", null, "reached the cap of " + maxFirings + " rule firings per session");
            }
            ended = true;
        } catch (RuntimeException | StackOverflowError e) {
            recorder.failed(e, township);
        } finally {
            Watchdog.remove(recorder);
            recorder.finish();
            // Only a session that ran to its end is reused: one cut short, or left by an error, may be in any state.
            giveBack(session, ended && !recorder.cutShort());
        }
        Optional<Diagnostic> cut = recorder.diagnostic(System.nanoTime() - start);
        List<Diagnostic> diagnostics = cut.map(List::of).orElse(List.of());
        Map<String, Trace> out = new LinkedHashMap<>();
        byMatter.forEach((k, v) -> out.put(k, new Trace(v, diagnostics, cut)));
        return out;
    }

    /** How many sessions are kept for the next runs. */
    int idleSessions() {
        return idle.size();
    }

    private KieSession take() {
        KieSession session = idle.pollFirst();
        if (session == null) {
            return kieBase.newKieSession();
        }
        idleCount.decrementAndGet();
        return session;
    }

    /**
     * Keeps a session that ran to its end for the next run, reset to what a new one is (no fact, no
     * listener, an empty agenda); disposes of one that was cut short, or one too many.
     */
    private void giveBack(KieSession session, boolean clean) {
        if (clean && idleCount.incrementAndGet() <= IDLE_SESSIONS) {
            ((StatefulKnowledgeSessionImpl) session).reset();
            idle.offerFirst(session);
            return;
        }
        if (clean) {
            idleCount.decrementAndGet();
        }
        session.dispose();
    }

    /** The case a matched fact belongs to: a matter, a duty or a proposal (by its duty's code); null for any other fact. */
    static String keyOf(Object fact) {
        if (fact instanceof Matter m) {
            return m.getCode();
        } else if (fact instanceof DutyItem d) {
            return d.getCode();
        } else if (fact instanceof Proposal p) {
            return p.getDuty().getCode();
        }
        return null;
    }
}

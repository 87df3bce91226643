package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.location.SourceLocation;
import dev.devolve.model.AdmissionFinding;
import dev.devolve.model.AdmissionObligationFinding;
import dev.devolve.model.AsOf;
import dev.devolve.model.DutyItem;
import dev.devolve.model.ListFinding;
import dev.devolve.model.MissingDutyFact;
import dev.devolve.model.Proposal;
import dev.devolve.model.UnfundedDuty;
import dev.devolve.model.CentralShare;
import dev.devolve.model.Matter;
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
import dev.devolve.model.ServiceShares;
import dev.devolve.model.Township;
import dev.devolve.model.UnfundedMandate;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs one township and any number of matters through one KieSession and records, per matter,
 * which rules fired and what each inserted. Sessions are created per call from the shared,
 * immutable KieBase, so an evaluator is safe to use from many threads at once.
 *
 * <p>A session is cut short, and every decision of it ends in ERROR, when a rule throws, when it
 * reaches the firing cap or the insert cap, when a rule inserts, changes or deletes anything but a
 * finding, or when the deadline passes. The deadline is enforced between firings (further matches
 * are turned away) and, by a watchdog thread, during a firing or while conditions are matched: the
 * watchdog halts the session and interrupts the deciding thread, which ends a rule that waits or
 * inserts; a computation that does neither (one long arithmetic call, say) cannot be interrupted
 * and ends when it ends, and the diagnostic then says how long the session really ran.
 */
public final class Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    /** What rules may insert: findings, never input facts. Exact classes: every finding class is final. */
    static final Set<Class<?>> FINDING_TYPES = Set.of(OutcomeFinding.class, MissingFact.class, ModeFinding.class,
            ObligationFinding.class, MatterCost.class, UnfundedMandate.class, ProvinceTier.class, CentralShare.class,
            ServiceShares.class, Problem.class, ListFinding.class, MissingDutyFact.class, AdmissionFinding.class,
            AdmissionObligationFinding.class, UnfundedDuty.class);

    /** The diagnostic codes of a session cut short; a decision carrying one of them is an ERROR. */
    public static final Set<String> CUT_SHORT = Set.of("RULE_ERROR", "RULE_TIMEOUT", "RULE_FIRING_LIMIT", "RULE_INSERT_LIMIT",
            "RULE_FORBIDDEN_FACT");

    private static final Pattern CONSTRAINT_RULE = Pattern.compile("\\[Rule \"([^\"]+)\" in ");

    /** How often the watchdog looks at the sessions in progress. */
    private static final long TICK_MILLIS = 10;
    /** The sessions in progress, of every engine, for the watchdog. */
    private static final Set<Recorder> ACTIVE = ConcurrentHashMap.newKeySet();

    static {
        // One thread for every engine, looking every few milliseconds: registering a session is a set
        // insert, with no thread to wake, which matters when a decision takes tens of microseconds.
        Thread watchdog = new Thread(Evaluator::watch, "devolve-session-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final List<String> phases;
    private final int maxFirings;
    private final int maxInserts;
    private final long timeoutNanos;
    /** (rule, exception class) pairs already logged at WARN by this engine. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public Evaluator(RuleCompiler.Compiled compiled, int maxFirings, int maxInserts, Duration timeout) {
        this.kieBase = compiled.kieBase();
        this.rules = compiled.rules();
        this.phases = compiled.phases();
        this.maxFirings = maxFirings;
        this.maxInserts = maxInserts;
        this.timeoutNanos = timeout.toNanos();
    }

    /** Halts every session past its deadline. */
    private static void watch() {
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                LOG.debug("session watchdog interrupted; deadlines are checked between firings only from now on");
                return;
            }
            long now = System.nanoTime();
            for (Recorder r : ACTIVE) {
                if (now - r.start > r.timeoutNanos()) {
                    ACTIVE.remove(r);
                    r.alarm();
                }
            }
        }
    }

    /** One matter to decide, with the key it is joined on in the session and the province's position. */
    public record Case(String key, Matter matter, ProvinceContext province) {
    }

    /** One rule firing: the rule and the findings it inserted. */
    public record Firing(RuleInfo rule, List<Object> inserted) {
    }

    /**
     * Everything recorded for one matter, and the problems of the whole run.
     *
     * @param cutShort why the session was cut short, when it was; every decision of it is then an ERROR
     */
    public record Trace(List<Firing> firings, List<Diagnostic> diagnostics, Optional<Diagnostic> cutShort) {
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
        KieSession session = kieBase.newKieSession();
        Recorder recorder = new Recorder(byMatter, start, session);
        ACTIVE.add(recorder);
        int fired = 0;
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
            fired = session.fireAllRules(recorder::admit, maxFirings);
            if (fired >= maxFirings) {
                recorder.stop("RULE_FIRING_LIMIT", null, "reached the cap of " + maxFirings + " rule firings per session");
            }
        } catch (RuntimeException | StackOverflowError e) {
            recorder.failed(e, township);
        } finally {
            ACTIVE.remove(recorder);
            recorder.finish();
            session.dispose();
        }
        Optional<Diagnostic> cut = recorder.diagnostic(System.nanoTime() - start);
        List<Diagnostic> diagnostics = cut.map(List::of).orElse(List.of());
        Map<String, Trace> out = new LinkedHashMap<>();
        byMatter.forEach((k, v) -> out.put(k, new Trace(v, diagnostics, cut)));
        return out;
    }

    /** Thrown from inside a session to end it at once; never leaves this class. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Records firings and the findings inserted during each, attributed to the matter matched; enforces the limits. */
    private final class Recorder extends DefaultAgendaEventListener {
        private final Map<String, List<Firing>> byMatter;
        private final Map<String, Integer> counts = new HashMap<>();
        private final long start;
        private final KieSession session;
        private final Thread worker = Thread.currentThread();
        /** Read by the watchdog: the firing in progress, if any. */
        private volatile Firing current;
        private volatile boolean matching;
        private List<String> currentMatters;
        private int inserted;
        /** Set once the session is cut short, for the fast check at each insert. */
        private volatile boolean halted;
        /** The first reason the session was cut short; guarded by this. */
        private String code;
        private SourceLocation location;
        private String message;
        private boolean active = true;
        private boolean interrupted;

        private final RuleRuntimeEventListener facts = new RuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() == null) {
                    return;
                }
                if (halted) {
                    // Past the deadline (or another limit): a rule still running ends at its next insert.
                    throw new Stop();
                }
                Object o = event.getObject();
                if (!FINDING_TYPES.contains(o.getClass())) {
                    forbidden("inserted a " + o.getClass().getSimpleName());
                }
                if (++inserted > maxInserts) {
                    stop("RULE_INSERT_LIMIT", running(), running() == null ? "rules inserted more than " + maxInserts
                            + " facts, the cap per session" : rule(current) + " inserted fact number " + inserted
                            + "; the cap is " + maxInserts + " per session");
                    throw new Stop();
                }
                if (current != null) {
                    current.inserted().add(o);
                }
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
                if (event.getRule() != null) {
                    forbidden("changed a " + event.getObject().getClass().getSimpleName());
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                if (event.getRule() != null) {
                    forbidden("deleted a " + event.getOldObject().getClass().getSimpleName());
                }
            }
        };

        Recorder(Map<String, List<Firing>> byMatter, long start, KieSession session) {
            this.byMatter = byMatter;
            this.start = start;
            this.session = session;
        }

        long timeoutNanos() {
            return timeoutNanos;
        }

        private void forbidden(String what) {
            stop("RULE_FORBIDDEN_FACT", running(), (current == null ? "a rule" : rule(current)) + " " + what
                    + "; rules insert only findings (" + FINDING_TYPES.stream().map(Class::getSimpleName).sorted()
                    .collect(Collectors.joining(", ")) + ") and change no fact");
            throw new Stop();
        }

        private SourceLocation running() {
            Firing f = current;
            return f == null ? null : f.rule().location();
        }

        /** Keeps the first reason; later ones are consequences of it. */
        synchronized void stop(String code, SourceLocation location, String message) {
            if (this.code == null) {
                halted = true;
                this.code = code;
                this.location = location;
                this.message = message;
            }
        }

        /** The watchdog: past the deadline, record what was running, halt the session and wake the thread. */
        void alarm() {
            synchronized (this) {
                if (!active) {
                    return;
                }
                timedOut();
                interrupted = true;
                worker.interrupt();
            }
            session.halt();
        }

        private void timedOut() {
            Firing f = current;
            String what = f != null ? "while " + rule(f) + " was firing"
                    : matching ? "while the rules' conditions were being matched (no rule was firing)"
                    : "while the facts were being inserted (conditions were being evaluated)";
            stop("RULE_TIMEOUT", f == null ? null : f.rule().location(), "the deadline of " + timeoutNanos / 1_000_000 + " ms passed " + what);
        }

        /** The agenda filter: past the deadline (or once stopped), every further match is turned away. */
        boolean admit(Match match) {
            if (halted) {
                return false;
            }
            if (System.nanoTime() - start > timeoutNanos) {
                synchronized (this) {
                    timedOut();
                }
                return false;
            }
            return true;
        }

        void failed(Throwable e, Township township) {
            if (halted) {
                // The session was ended on purpose (a limit, a forbidden fact, the watchdog): the
                // exception is how it ended, not a fault of its own.
                LOG.debug("session for township {} ended: {}", township.getCode(), e.toString());
                return;
            }
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            RuleInfo rule = null;
            boolean inCondition = false;
            if (e instanceof ConsequenceException ce && ce.getMatch() != null) {
                rule = rules.get(ce.getMatch().getRule().getPackageName() + "/" + ce.getMatch().getRule().getName());
            } else if (current != null) {
                rule = current.rule();
            } else {
                // Drools names the rule whose constraint failed in its message: [Rule "name" in file].
                inCondition = true;
                Matcher m = CONSTRAINT_RULE.matcher(String.valueOf(e.getMessage()));
                if (m.find()) {
                    String suffix = "/" + m.group(1);
                    rule = rules.entrySet().stream().filter(r -> r.getKey().endsWith(suffix)).map(Map.Entry::getValue)
                            .findFirst().orElse(null);
                }
            }
            String who = rule == null ? "a rule's condition" : inCondition ? "the condition of rule '" + rule.id() + "'"
                    : "rule '" + rule.id() + "'";
            String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()));
            if (warned.add((rule == null ? "" : rule.id()) + " " + cause.getClass().getName())) {
                LOG.warn("{} failed ({}); every decision of a session it cuts short is ERROR; further failures of this kind "
                        + "are logged at DEBUG", who, what);
            }
            LOG.debug("{} failed while deciding township {}", who, township.getCode(), e);
            stop("RULE_ERROR", rule == null ? null : rule.location(), who + " failed: " + what);
        }

        /** Ends the watchdog's reach over the deciding thread and clears an interrupt it caused. */
        void finish() {
            synchronized (this) {
                active = false;
                if (interrupted) {
                    Thread.interrupted();
                }
            }
        }

        Optional<Diagnostic> diagnostic(long elapsedNanos) {
            synchronized (this) {
                if (code == null) {
                    return Optional.empty();
                }
                // Only a timeout says how long and how far the session went: an error or a cap says the
                // same for the same input, so batch rows stay repeatable.
                int firings = counts.values().stream().mapToInt(Integer::intValue).sum();
                String detail = switch (code) {
                    case "RULE_TIMEOUT" -> String.format(Locale.ROOT, "; the session ended after %,d ms and %,d rule firings",
                            elapsedNanos / 1_000_000, firings) + (counts.isEmpty() ? "" : "; the rules firing most were " + busiest());
                    case "RULE_FIRING_LIMIT", "RULE_INSERT_LIMIT" -> "; the rules firing most were " + busiest();
                    default -> "";
                };
                return Optional.of(Diagnostic.error(code, location, message + detail));
            }
        }

        private String busiest() {
            return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
                    .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Match match = event.getMatch();
            String key = match.getRule().getPackageName() + "/" + match.getRule().getName();
            RuleInfo info = rules.get(key);
            counts.merge(info.id(), 1, Integer::sum);
            currentMatters = new ArrayList<>();
            for (Object o : match.getObjects()) {
                String caseKey = keyOf(o);
                if (caseKey != null && byMatter.containsKey(caseKey)) {
                    currentMatters.add(caseKey);
                    break;
                }
            }
            if (currentMatters.isEmpty()) {
                // A rule that matches no matter speaks about the township: about every matter, and
                // about the request as a whole.
                currentMatters.addAll(byMatter.keySet());
            }
            current = new Firing(info, new ArrayList<>());
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            for (String m : currentMatters) {
                byMatter.get(m).add(current);
            }
            current = null;
        }
    }

    /** The case a matched fact belongs to: a matter, a duty or a proposal (by its duty's code); null for any other fact. */
    private static String keyOf(Object fact) {
        if (fact instanceof Matter m) {
            return m.getCode();
        } else if (fact instanceof DutyItem d) {
            return d.getCode();
        } else if (fact instanceof Proposal p) {
            return p.getDuty().getCode();
        }
        return null;
    }

    private static String rule(Firing f) {
        return "rule '" + f.rule().id() + "'";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}

package dev.devolve.internal.drools;

import dev.devolve.error.Diagnostic;
import dev.devolve.internal.drools.Evaluator.Firing;
import dev.devolve.location.SourceLocation;
import dev.devolve.model.Township;
import org.kie.api.event.rule.AfterMatchFiredEvent;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Records the firings of one session and the findings inserted during each, attributed to the
 * matter matched, and enforces the session's limits: the deadline, the insert cap, and that rules
 * insert only findings and change no fact. The first reason a session was cut short is kept.
 */
final class Recorder extends DefaultAgendaEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);
    private static final Pattern CONSTRAINT_RULE = Pattern.compile("\\[Rule \"([^\"]+)\" in ");

    /** The limits and rules of one engine, shared by its sessions. */
    record Limits(RuleTable rules, int maxInserts, long timeoutNanos, Set<String> warned) {
    }

    private final Limits limits;
    private final Map<String, List<Firing>> byMatter;
    private final int[] counts;
    private final long start;
    private final KieSession session;
    private final Thread worker = Thread.currentThread();
    /** Read by the watchdog: the firing in progress, if any. */
    private volatile Firing current;
    volatile boolean matching;
    /** The matter the firing in progress speaks about; null when it speaks about every one. */
    private List<Firing> currentMatter;
    private int inserted;
    /** Set once the session is cut short, for the fast check at each insert. */
    private volatile boolean halted;
    /** The first reason the session was cut short; guarded by this. */
    private String code;
    private SourceLocation location;
    private String message;
    private boolean active = true;
    private boolean interrupted;

    /** Checks every fact a rule inserts, changes or deletes. */
    final RuleRuntimeEventListener facts = new RuleRuntimeEventListener() {
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
            if (!Evaluator.FINDING_TYPES.contains(o.getClass())) {
                forbidden("inserted a " + o.getClass().getSimpleName());
            }
            if (++inserted > limits.maxInserts()) {
                stop("RULE_INSERT_LIMIT", running(), running() == null ? "rules inserted more than " + limits.maxInserts()
                        + " facts, the cap per session" : rule(current) + " inserted fact number " + inserted
                        + "; the cap is " + limits.maxInserts() + " per session");
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

    /** Thrown from inside a session to end it at once; never leaves the evaluator. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * @param byMatter the list of firings of each matter key, {@link Evaluator#GLOBAL} included, filled as rules fire
     */
    Recorder(Limits limits, Map<String, List<Firing>> byMatter, long start, KieSession session) {
        this.limits = limits;
        this.byMatter = byMatter;
        this.counts = new int[limits.rules().size()];
        this.start = start;
        this.session = session;
    }

    boolean pastDeadline(long now) {
        return now - start > limits.timeoutNanos();
    }

    /** Whether the session was cut short: it may be in any state, and must not be used again. */
    synchronized boolean cutShort() {
        return code != null;
    }

    private void forbidden(String what) {
        stop("RULE_FORBIDDEN_FACT", running(), (current == null ? "a rule" : rule(current)) + " " + what
                + "; rules insert only findings (" + Evaluator.FINDING_TYPES.stream().map(Class::getSimpleName).sorted()
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
        stop("RULE_TIMEOUT", f == null ? null : f.rule().location(), "the deadline of " + limits.timeoutNanos() / 1_000_000
                + " ms passed " + what);
    }

    /** The agenda filter: past the deadline (or once stopped), every further match is turned away. */
    boolean admit(Match match) {
        if (halted) {
            return false;
        }
        if (pastDeadline(System.nanoTime())) {
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
            rule = limits.rules().byKey(ce.getMatch().getRule().getPackageName() + "/" + ce.getMatch().getRule().getName());
        } else if (current != null) {
            rule = current.rule();
        } else {
            // Drools names the rule whose constraint failed in its message: [Rule "name" in file].
            inCondition = true;
            Matcher m = CONSTRAINT_RULE.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                rule = limits.rules().endingWith("/" + m.group(1));
            }
        }
        String who = rule == null ? "a rule's condition" : inCondition ? "the condition of rule '" + rule.id() + "'"
                : "rule '" + rule.id() + "'";
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()));
        if (limits.warned().add((rule == null ? "" : rule.id()) + " " + cause.getClass().getName())) {
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
            int firings = IntStream.of(counts).sum();
            String detail = switch (code) {
                case "RULE_TIMEOUT" -> String.format(Locale.ROOT, "; the session ended after %,d ms and %,d rule firings",
                        elapsedNanos / 1_000_000, firings) + (firings == 0 ? "" : "; the rules firing most were " + busiest());
                case "RULE_FIRING_LIMIT", "RULE_INSERT_LIMIT" -> "; the rules firing most were " + busiest();
                default -> "";
            };
            return Optional.of(Diagnostic.error(code, location, message + detail));
        }
    }

    private String busiest() {
        return IntStream.range(0, counts.length).filter(i -> counts[i] > 0).boxed()
                .sorted((a, b) -> counts[b] - counts[a]).limit(3)
                .map(i -> limits.rules().info(i).id() + " ×" + counts[i]).collect(Collectors.joining(", "));
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Match match = event.getMatch();
        int number = limits.rules().number(match.getRule());
        counts[number]++;
        currentMatter = null;
        // A rule that matches no matter of the request speaks about the township: about every
        // matter, and about the request as a whole.
        for (Object o : match.getObjects()) {
            if ((currentMatter = byMatter.get(Evaluator.keyOf(o))) != null) {
                break;
            }
        }
        current = new Firing(limits.rules().info(number), new ArrayList<>(2));
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (currentMatter != null) {
            currentMatter.add(current);
        } else {
            for (List<Firing> firings : byMatter.values()) {
                firings.add(current);
            }
        }
        current = null;
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

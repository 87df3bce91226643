package dev.devolve.api;

import dev.devolve.error.DevolveException;
import dev.devolve.error.InputException;
import dev.devolve.error.PackBuildException;
import dev.devolve.internal.CompiledRules;
import dev.devolve.pack.PackLoader;
import dev.devolve.pack.PackResolution;
import dev.devolve.pack.RulePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures and compiles an engine. With no packs named, every bundled pack is used. A
 * directory pack whose id matches a bundled pack replaces it; a dependency that is not named
 * is taken from the bundled packs.
 */
public final class EngineBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);

    private final Map<String, RulePack> packs = new LinkedHashMap<>();
    private int maxFirings = 100_000;
    private int maxInserts = 50_000;
    private Duration timeout = Duration.ofSeconds(5);
    private boolean trusted;
    private final List<DecisionListener> listeners = new ArrayList<>();

    EngineBuilder() {
    }

    /** Adds every pack bundled on the classpath. */
    public EngineBuilder bundledPacks() {
        for (String id : PackLoader.bundledIds()) {
            packs.putIfAbsent(id, PackLoader.bundled(id));
        }
        return this;
    }

    /** Adds one bundled pack by id. */
    public EngineBuilder pack(String bundledId) {
        packs.put(bundledId, PackLoader.bundled(bundledId));
        return this;
    }

    /**
     * Adds (or replaces by id) a pack read from a directory.
     *
     * @throws PackBuildException when a file of the pack cannot be read (its diagnostic has the
     *                            input error's code and location)
     */
    public EngineBuilder packDirectory(Path dir) {
        RulePack p;
        try {
            p = PackLoader.directory(dir);
        } catch (InputException e) {
            throw new PackBuildException(List.of(e.toDiagnostic()), e);
        }
        packs.put(p.id(), p);
        return this;
    }

    /** Adds (or replaces by id) an already loaded pack. */
    public EngineBuilder pack(RulePack pack) {
        packs.put(pack.id(), pack);
        return this;
    }

    /**
     * Caps rule firings in one session (one {@code decide}, or one {@code assess} of a whole
     * catalog), so a looping rule ends: its decisions are ERROR with a {@code RULE_FIRING_LIMIT}
     * diagnostic. Default 100,000.
     */
    public EngineBuilder maxFiringsPerSession(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxFiringsPerSession must be at least 1: " + max);
        }
        this.maxFirings = max;
        return this;
    }

    /**
     * Caps the facts rules insert in one session, checked at each insert, so a rule that
     * multiplies findings ends before the heap does: its decisions are ERROR with a
     * {@code RULE_INSERT_LIMIT} diagnostic naming the rule. Default 50,000 (the bundled packs
     * insert a few hundred for a whole catalog of 80 matters).
     */
    public EngineBuilder maxInsertsPerSession(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxInsertsPerSession must be at least 1: " + max);
        }
        this.maxInserts = max;
        return this;
    }

    /**
     * Ends a session that runs longer than this: its decisions are ERROR with a
     * {@code RULE_TIMEOUT} diagnostic naming the rule that was firing when the deadline passed
     * (or saying that conditions were being matched); the engine stays healthy. Enforced between
     * firings and, by halting the session and interrupting the deciding thread, during one; a
     * single computation that neither waits nor inserts runs to its end. Default 5 seconds.
     */
    public EngineBuilder timeout(Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + limit);
        }
        this.timeout = limit;
        return this;
    }

    /** Tells a listener of every decision (a decision log); see {@link JsonlDecisionLog}. */
    public EngineBuilder listener(DecisionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * Skips the sandbox (the source check and the verification of the compiled rules): for
     * packs whose authors are trusted to run any Java. The packs are compiled the same way.
     * Every decision records that its packs were not checked ({@code packs[].linted = false}).
     */
    public EngineBuilder trusted() {
        this.trusted = true;
        return this;
    }

    /**
     * Loads dependencies, orders the packs and compiles them.
     *
     * @throws PackBuildException with every problem found; no engine is built from a broken pack
     */
    public PolicyEngine build() {
        CompiledRules.requireServices();
        if (packs.isEmpty()) {
            bundledPacks();
        }
        if (packs.isEmpty()) {
            throw new DevolveException("no rule packs: none were named and none are bundled on the classpath");
        }
        PackResolution.Resolved resolved = PackResolution.resolve(packs);
        long start = System.nanoTime();
        CompiledRules compiled = CompiledRules.compile(resolved.ordered(), resolved.known(), !trusted, maxFirings, maxInserts, timeout);
        LOG.info("built engine from packs {} with {} rules in {} ms", resolved.ordered().stream().map(RulePack::id).toList(),
                compiled.rules().size(), (System.nanoTime() - start) / 1_000_000);
        return new PolicyEngine(resolved, compiled, listeners);
    }
}

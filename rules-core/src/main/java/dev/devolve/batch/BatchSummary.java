package dev.devolve.batch;

import dev.devolve.model.Outcome;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a batch did: how many townships and decisions, the count of each outcome, and how long.
 *
 * @param townships townships assessed
 * @param decisions decisions made
 * @param counts    decisions per outcome, in precedence order, zeros included
 * @param millis    wall-clock time
 * @param threads   worker threads used
 */
public record BatchSummary(long townships, long decisions, Map<Outcome, Long> counts, long millis, int threads) {

    public BatchSummary {
        Map<Outcome, Long> all = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            all.put(o, counts.getOrDefault(o, 0L));
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** Decisions cut short: outcome {@link Outcome#ERROR}. */
    public long errors() {
        return counts.get(Outcome.ERROR);
    }

    public double decisionsPerSecond() {
        return millis == 0 ? decisions : decisions * 1000.0 / millis;
    }

    /** One line: counts per outcome, elapsed time and rate. */
    public String line() {
        return String.format(Locale.ROOT, "%,d townships, %,d decisions (%s) in %.1f s, %,.0f decisions/s on %d thread%s",
                townships, decisions, counts.entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                        .collect(Collectors.joining(", ")), millis / 1000.0, decisionsPerSecond(), threads, threads == 1 ? "" : "s");
    }
}

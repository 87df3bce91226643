package dev.devolve.batch;

import dev.devolve.api.Detail;
import dev.devolve.error.DevolveException;
import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyLists;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.DutyList;
import dev.devolve.model.Township;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The three duty lists of many townships, written as {@link DutyCsv} rows in input order. Townships
 * are read from an iterator a chunk at a time with a few chunks per thread in flight, so memory stays
 * flat however many there are; explanations are summaries, as a row needs no sentences.
 *
 * <pre>{@code
 * DutyBatch.Summary s = new DutyBatch(engine, LocalDate.of(2025, 6, 1), 2)
 *         .run(NationalTownships.get().stream().iterator(), NationalTownships.get().size(), writer, BatchProgress.NONE);
 * }</pre>
 */
public final class DutyBatch {

    private static final int CHUNK = 32;

    private final PolicyEngine engine;
    private final LocalDate asOf;
    private final int threads;

    public DutyBatch(PolicyEngine engine, LocalDate asOf, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.engine = engine;
        this.asOf = asOf;
        this.threads = threads;
    }

    /**
     * What a duties batch did: townships, duties per list (summed over every township), and how long.
     *
     * @param townships townships decided
     * @param counts    duty decisions per list, zeros included
     * @param millis    wall-clock time
     * @param threads   worker threads used
     */
    public record Summary(long townships, Map<DutyList, Long> counts, long millis, int threads) {

        public Summary {
            counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        }

        /** The mean number of duties per township on a list. */
        public double mean(DutyList list) {
            return townships == 0 ? 0 : (double) counts.getOrDefault(list, 0L) / townships;
        }

        /** One line: townships, the mean per township of each list, time and rate. */
        public String line() {
            return String.format(Locale.ROOT, "%,d townships; mean per township %s; in %.1f s, %,.0f townships/s on %d thread%s", townships,
                    counts.keySet().stream().map(l -> l + " " + String.format(Locale.ROOT, "%.1f", mean(l))).collect(Collectors.joining(", ")),
                    millis / 1000.0, millis == 0 ? townships : townships * 1000.0 / millis, threads, threads == 1 ? "" : "s");
        }
    }

    /** One chunk's rows and counts. */
    private record Done(String rows, int townships, long[] counts) {
    }

    /**
     * @param total how many townships the iterator yields, for progress; -1 when not known
     * @throws UncheckedIOException when writing fails
     * @throws DevolveException     when a township cannot be decided (a date before the parameters, say)
     */
    public Summary run(Iterator<Township> townships, long total, Writer out, BatchProgress progress) {
        DutyCsv csv = new DutyCsv();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "devolve-duties");
            t.setDaemon(true);
            return t;
        });
        Deque<CompletableFuture<Done>> window = new ArrayDeque<>();
        long[] counts = new long[DutyList.values().length];
        long done = 0;
        long duties = 0;
        try {
            out.write(csv.header());
            while (townships.hasNext() || !window.isEmpty()) {
                while (townships.hasNext() && window.size() < 3 * threads) {
                    List<Township> chunk = new ArrayList<>(CHUNK);
                    while (townships.hasNext() && chunk.size() < CHUNK) {
                        chunk.add(townships.next());
                    }
                    window.add(CompletableFuture.supplyAsync(() -> decide(chunk, csv), pool));
                }
                Done d = join(window.removeFirst());
                out.write(d.rows());
                done += d.townships();
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += d.counts()[i];
                    duties += d.counts()[i];
                }
                progress.update(done, total, duties, System.nanoTime() - start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the duties batch: " + e.getMessage(), e);
        } finally {
            window.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        Map<DutyList, Long> byList = new EnumMap<>(DutyList.class);
        for (DutyList l : DutyList.values()) {
            if (l != DutyList.ERROR || counts[l.ordinal()] > 0) {
                byList.put(l, counts[l.ordinal()]);
            }
        }
        return new Summary(done, byList, (System.nanoTime() - start) / 1_000_000, threads);
    }

    private Done decide(List<Township> chunk, DutyCsv csv) {
        StringBuilder rows = new StringBuilder();
        long[] counts = new long[DutyList.values().length];
        for (Township t : chunk) {
            DutyLists lists = engine.duties(t, asOf, Detail.SUMMARY);
            for (DutyDecision d : lists.decisions()) {
                counts[d.list().ordinal()]++;
            }
            rows.append(csv.format(lists));
        }
        return new Done(rows.toString(), chunk.size(), counts);
    }

    private static Done join(CompletableFuture<Done> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new DevolveException("a duties batch worker failed: " + e.getCause(), e.getCause());
        }
    }
}

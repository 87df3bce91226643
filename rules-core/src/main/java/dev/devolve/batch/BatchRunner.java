package dev.devolve.batch;

import dev.devolve.api.Assessment;
import dev.devolve.api.CountyMandates;
import dev.devolve.api.Decision;
import dev.devolve.api.Detail;
import dev.devolve.api.DevolveException;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Assesses many townships against the whole catalog on a pool of threads and hands the results to
 * a sink in input order. Townships are read from an iterator chunk by chunk and at most a few
 * chunks per thread are in flight, so memory stays flat however many townships there are.
 *
 * <pre>{@code
 * BatchSummary s = BatchRunner.builder(engine).asOf(LocalDate.of(2024, 3, 1)).threads(2)
 *         .run(NationalTownships.get().stream().iterator(), NationalTownships.get().size(), sink);
 * }</pre>
 */
public final class BatchRunner {

    private final PolicyEngine engine;
    private final LocalDate asOf;
    private final int threads;
    private final int chunkSize;
    private final Detail detail;
    private final BatchProgress progress;

    private BatchRunner(Builder b) {
        this.engine = b.engine;
        this.asOf = b.asOf;
        this.threads = b.threads;
        this.chunkSize = b.chunkSize;
        this.detail = b.detail;
        this.progress = b.progress;
    }

    public static Builder builder(PolicyEngine engine) {
        return new Builder(engine);
    }

    /** Configures a batch. */
    public static final class Builder {
        private final PolicyEngine engine;
        private LocalDate asOf = LocalDate.now();
        private int threads = Runtime.getRuntime().availableProcessors();
        private int chunkSize = 64;
        private Detail detail = Detail.SUMMARY;
        private BatchProgress progress = BatchProgress.NONE;

        private Builder(PolicyEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "asOf");
            return this;
        }

        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + n);
            }
            this.threads = n;
            return this;
        }

        /** Townships per unit of work; default 64. */
        public Builder chunkSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("chunkSize must be at least 1: " + n);
            }
            this.chunkSize = n;
            return this;
        }

        /** Full explanations, or the summary a batch row needs (the default). */
        public Builder detail(Detail d) {
            this.detail = Objects.requireNonNull(d, "detail");
            return this;
        }

        public Builder progress(BatchProgress p) {
            this.progress = Objects.requireNonNull(p, "progress");
            return this;
        }

        public BatchRunner build() {
            return new BatchRunner(this);
        }

        /** Builds the runner and runs it. */
        public BatchSummary run(Iterator<Township> townships, long total, BatchSink sink) {
            return build().run(townships, total, sink);
        }
    }

    /**
     * Runs the batch.
     *
     * @param total how many townships the iterator yields, for progress; -1 when not known
     * @throws UncheckedIOException when the sink fails to write
     * @throws DevolveException     when a township cannot be decided (a date before the parameters, say)
     */
    public BatchSummary run(Iterator<Township> townships, long total, BatchSink sink) {
        long start = System.nanoTime();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory named = r -> {
            Thread t = new Thread(r, "devolve-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, named);
        Deque<Future<List<Assessment>>> inFlight = new ArrayDeque<>();
        long done = 0;
        long decisions = 0;
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        try {
            while (townships.hasNext() || !inFlight.isEmpty()) {
                while (townships.hasNext() && inFlight.size() < threads * 3) {
                    List<Township> chunk = new ArrayList<>(chunkSize);
                    while (townships.hasNext() && chunk.size() < chunkSize) {
                        chunk.add(townships.next());
                    }
                    inFlight.add(pool.submit(() -> assess(chunk)));
                }
                for (Assessment a : await(inFlight.removeFirst())) {
                    sink.accept(a);
                    done++;
                    for (Decision d : a.decisions()) {
                        counts.merge(d.outcome(), 1L, Long::sum);
                        decisions++;
                    }
                }
                progress.update(done, total, decisions, System.nanoTime() - start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch output: " + e.getMessage(), e);
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        return new BatchSummary(done, decisions, counts, (System.nanoTime() - start) / 1_000_000, threads);
    }

    private List<Assessment> assess(List<Township> chunk) {
        List<Assessment> out = new ArrayList<>(chunk.size());
        for (Township t : chunk) {
            out.add(engine.assess(t, asOf, Map.of(), CountyMandates.NONE, detail));
        }
        return out;
    }

    private static List<Assessment> await(Future<List<Assessment>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevolveException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new DevolveException("a batch worker failed: " + cause, cause);
        }
    }
}

package dev.devolve.batch;

import dev.devolve.api.Detail;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.DevolveException;
import dev.devolve.model.CountyMandates;
import dev.devolve.model.Outcome;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * a sink, or writes them formatted, in input order. Townships are read from an iterator chunk by chunk and at most a few
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
     * Runs the batch and writes each assessment, formatted on the worker threads, to {@code out}
     * in input order.
     *
     * @param total how many townships the iterator yields, for progress; -1 when not known
     * @throws UncheckedIOException when writing fails
     * @throws DevolveException     when a township cannot be decided (a date before the parameters, say)
     */
    public BatchSummary run(Iterator<Township> townships, long total, BatchFormat format, Writer out) {
        try {
            out.write(format.header());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch output: " + e.getMessage(), e);
        }
        return execute(townships, total, format, chunk -> {
            for (Object text : chunk) {
                out.write((String) text);
            }
        });
    }

    /**
     * Runs the batch and hands each assessment to {@code sink} in input order.
     *
     * @param total how many townships the iterator yields, for progress; -1 when not known
     * @throws UncheckedIOException when the sink fails to write
     * @throws DevolveException     when a township cannot be decided (a date before the parameters, say)
     */
    public BatchSummary run(Iterator<Township> townships, long total, BatchSink sink) {
        return execute(townships, total, null, chunk -> {
            for (Object a : chunk) {
                sink.accept((Assessment) a);
            }
        });
    }

    /** Receives one finished chunk, in order, on the calling thread. */
    private interface ChunkConsumer {
        void accept(List<Object> chunk) throws IOException;
    }

    /** A chunk's results: assessments or their text, and what they decided. */
    private record Chunk(List<Object> items, long townships, long decisions, long[] counts) {
    }

    private BatchSummary execute(Iterator<Township> townships, long total, BatchFormat format, ChunkConsumer consumer) {
        long start = System.nanoTime();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory named = r -> {
            Thread t = new Thread(r, "devolve-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, named);
        Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
        long done = 0;
        long decisions = 0;
        long[] counts = new long[Outcome.values().length];
        try {
            while (townships.hasNext() || !inFlight.isEmpty()) {
                while (townships.hasNext() && inFlight.size() < threads * 3) {
                    List<Township> chunk = new ArrayList<>(chunkSize);
                    while (townships.hasNext() && chunk.size() < chunkSize) {
                        chunk.add(townships.next());
                    }
                    inFlight.add(pool.submit(() -> assess(chunk, format)));
                }
                Chunk c = await(inFlight.removeFirst());
                consumer.accept(c.items());
                done += c.townships();
                decisions += c.decisions();
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += c.counts()[i];
                }
                progress.update(done, total, decisions, System.nanoTime() - start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch output: " + e.getMessage(), e);
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o, counts[o.ordinal()]);
        }
        return new BatchSummary(done, decisions, byOutcome, (System.nanoTime() - start) / 1_000_000, threads);
    }

    private Chunk assess(List<Township> chunk, BatchFormat format) {
        List<Object> out = new ArrayList<>(chunk.size());
        long decisions = 0;
        long[] counts = new long[Outcome.values().length];
        for (Township t : chunk) {
            Assessment a = engine.assess(t, asOf, Map.of(), CountyMandates.NONE, detail);
            for (Decision d : a.decisions()) {
                counts[d.outcome().ordinal()]++;
                decisions++;
            }
            out.add(format == null ? a : format.format(a));
        }
        return new Chunk(out, chunk.size(), decisions, counts);
    }

    private static Chunk await(Future<Chunk> f) {
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

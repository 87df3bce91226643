package dev.devolve.review;

import dev.devolve.api.PolicyEngine;
import dev.devolve.error.DevolveException;
import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import dev.devolve.input.NationalTownships;
import dev.devolve.location.SourceLocation;
import dev.devolve.model.Matter;
import dev.devolve.model.Township;
import dev.devolve.model.Usage;
import dev.devolve.result.Review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reviews every row of a usage sheet, streaming: the sheet is read twice, once to check every row
 * (known township and matter codes, and no two rows for the same township and matter with
 * overlapping periods) and once to review each row and hand it on, so a bad row stops the run before
 * anything is reviewed and a long sheet takes the memory of one review, plus the periods kept for the
 * overlap check. Townships are those of the national list; matters those of the engine's catalog.
 *
 * <pre>{@code
 * ReviewSummary s = SheetReviewer.of(engine, LocalDate.of(2025, 3, 1))
 *         .review(Path.of("usage.csv"), r -> log.info("{} {}: {}", r.row().township(), r.row().matter(), r.review().outcome()));
 * }</pre>
 */
public final class SheetReviewer {

    /** One reviewed row. */
    public record Reviewed(UsageRow row, Review review) {
    }

    /** A period already seen for a township and matter, and where. */
    private record Period(SourceLocation at, Usage usage) {
    }

    private final PolicyEngine engine;
    private final LocalDate asOf;
    private final int threads;

    private SheetReviewer(PolicyEngine engine, LocalDate asOf, int threads) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.threads = threads;
    }

    /** A reviewer on one thread; see {@link #threads}. */
    public static SheetReviewer of(PolicyEngine engine, LocalDate asOf) {
        return new SheetReviewer(engine, asOf, 1);
    }

    /**
     * Checks every row without reviewing any.
     *
     * @return the number of rows
     * @throws InputException at the first bad row: an unknown township or matter, a bad value, an overlapping period
     */
    public int check(Path sheet) {
        Map<String, List<Period>> periods = new HashMap<>();
        int n = 0;
        try (UsageSheet rows = UsageSheet.open(sheet)) {
            while (rows.hasNext()) {
                UsageRow row = rows.next();
                township(row);
                matter(row);
                List<Period> same = periods.computeIfAbsent(row.township() + "\u0000" + row.matter(), k -> new ArrayList<>(1));
                for (Period earlier : same) {
                    if (earlier.usage().overlaps(row.usage())) {
                        throw new InputException("USAGE_OVERLAP", row.location(), "township " + row.township() + ", matter "
                                + row.matter() + ": the period " + period(row.usage()) + " overlaps " + period(earlier.usage())
                                + " of the row at " + earlier.at(), null);
                    }
                }
                same.add(new Period(row.location(), row.usage()));
                n++;
            }
        }
        return n;
    }

    /**
     * Checks the sheet, then reviews each row in sheet order and hands it to {@code sink}.
     *
     * @throws InputException at the first bad row, before any row is reviewed
     * @throws dev.devolve.error.DecisionException when the date is before a parameter the review needs
     */
    public ReviewSummary review(Path sheet, Consumer<Reviewed> sink) {
        check(sheet);
        ReviewSummary summary = new ReviewSummary();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        // At most a few rows a thread are in flight, handed on in sheet order: memory stays flat.
        Deque<Future<Reviewed>> window = new ArrayDeque<>();
        try (UsageSheet rows = UsageSheet.open(sheet)) {
            while (rows.hasNext()) {
                UsageRow row = rows.next();
                if (pool == null) {
                    hand(reviewOne(row), summary, sink);
                    continue;
                }
                window.add(pool.submit(() -> reviewOne(row)));
                if (window.size() >= threads * 4) {
                    hand(done(window.poll()), summary, sink);
                }
            }
            while (!window.isEmpty()) {
                hand(done(window.poll()), summary, sink);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return summary;
    }

    /** Reviews rows on {@code n} threads (1 to 256; default 1), handing them on in sheet order. */
    public SheetReviewer threads(int n) {
        if (n < 1 || n > 256) {
            throw new IllegalArgumentException("threads must be from 1 to 256: " + n);
        }
        return new SheetReviewer(engine, asOf, n);
    }

    private static void hand(Reviewed r, ReviewSummary summary, Consumer<Reviewed> sink) {
        summary.add(r.review());
        sink.accept(r);
    }

    private Reviewed reviewOne(UsageRow row) {
        return new Reviewed(row, engine.review(township(row), matter(row), row.usage(), asOf));
    }

    /** The row's review; an exception of the review is rethrown as it was. */
    private static Reviewed done(Future<Reviewed> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevolveException("interrupted while reviewing a usage sheet");
        }
    }

    private static String period(Usage u) {
        return u.getFrom() + ".." + u.getTo();
    }

    private static Township township(UsageRow row) {
        return NationalTownships.get().find(row.township()).orElseThrow(() -> new InputException("UNKNOWN_TOWNSHIP", row.townshipAt(),
                "township: " + NationalTownships.get().unknown(row.township(), 3), null));
    }

    private Matter matter(UsageRow row) {
        return engine.matter(row.matter()).orElseThrow(() -> new InputException("UNKNOWN_MATTER", row.matterAt(),
                "matter: " + SafeText.quote(row.matter()) + " is not in the catalog of the loaded packs", null));
    }
}

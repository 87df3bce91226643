package dev.devolve.api;

import dev.devolve.TestPacks;
import dev.devolve.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Reload and watch survive anything a build or a callback throws, and watch folders created later. */
class ReloadSurvivalTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    @TempDir
    Path tmp;

    /** Builds the pack, or throws what the test put in {@code failWith}. */
    private static Supplier<PolicyEngine> factory(Path dir, AtomicReference<Throwable> failWith) {
        return () -> {
            Throwable t = failWith.get();
            if (t instanceof Error e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            return PolicyEngine.builder().packDirectory(dir).build();
        };
    }

    @Test
    void aBuildThatThrowsAnyThrowableKeepsTheOldVersionServing() {
        Path dir = TestPacks.tiny(tmp);
        AtomicReference<Throwable> failWith = new AtomicReference<>();
        ReloadingEngine engine = ReloadingEngine.of(factory(dir, failWith));
        PolicyEngine first = engine.current();
        for (Throwable t : List.of(new NoClassDefFoundError("dev/devolve/Gone"), new IllegalStateException("surprise"),
                new StackOverflowError())) {
            failWith.set(t);
            ReloadResult r = engine.reload();
            assertThat(r.loaded()).isFalse();
            assertThat(r.serving()).isEqualTo(first.packs());
            assertThat(r.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("RELOAD_FAILED");
                assertThat(d.message()).startsWith("building the packs failed unexpectedly: " + t.getClass().getName());
            });
            assertThat(engine.current()).isSameAs(first);
            assertThat(engine.decide(DecisionRequest.of(TestPacks.town(), TestPacks.cases(15), DAY)).outcome()).isEqualTo(Outcome.RETAIN);
        }
        failWith.set(null);
        assertThat(engine.reload().loaded()).isTrue();
        assertThat(engine.current()).isNotSameAs(first);
    }

    @Test
    void theWatcherKeepsWatchingAfterABuildErrorAndAFailingCallback() throws Exception {
        Path dir = TestPacks.tiny(tmp);
        AtomicReference<Throwable> failWith = new AtomicReference<>();
        BlockingQueue<ReloadResult> results = new ArrayBlockingQueue<>(20);
        AtomicInteger calls = new AtomicInteger();
        try (ReloadingEngine engine = ReloadingEngine.of(factory(dir, failWith))) {
            engine.watch(List.of(dir), r -> {
                results.add(r);
                if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("the callback fails too");
                }
            });
            failWith.set(new LinkageError("a class that will not load"));
            TestPacks.edit(dir, "pack.yaml", "version: 0.0.1", "version: 0.0.2");
            ReloadResult failed = results.poll(20, TimeUnit.SECONDS);
            assertThat(failed).isNotNull();
            assertThat(failed.loaded()).isFalse();
            assertThat(failed.diagnostics().get(0).message()).contains("java.lang.LinkageError: a class that will not load");

            failWith.set(null);
            TestPacks.edit(dir, "pack.yaml", "version: 0.0.2", "version: 0.0.3");
            ReloadResult ok = awaitLoaded(results);
            assertThat(ok.serving().get(0).version()).isEqualTo("0.0.3");
        }
    }

    @Test
    void aFolderCreatedAfterWatchingBeganIsWatchedToo() throws Exception {
        Path dir = TestPacks.tiny(tmp);
        BlockingQueue<ReloadResult> results = new ArrayBlockingQueue<>(20);
        try (ReloadingEngine engine = ReloadingEngine.of(() -> PolicyEngine.builder().packDirectory(dir).build())) {
            engine.watch(List.of(dir), results::add);
            Path later = Files.createDirectories(dir.resolve("dev/devolve/test/later"));
            assertThat(awaitLoaded(results)).isNotNull();
            while (results.poll(1, TimeUnit.SECONDS) != null) {
                // until the folder's creation has settled
            }
            String before = engine.current().packs().get(0).contentHash();
            // A change inside the new folder only: it reloads when the folder itself is watched.
            Files.writeString(later.resolve("extra.drl"), "package dev.devolve.test.later;\n");
            ReloadResult r = awaitLoaded(results);
            assertThat(r.serving().get(0).contentHash()).as("the pack with the file written in the new folder").isNotEqualTo(before);
        }
    }

    private static ReloadResult awaitLoaded(BlockingQueue<ReloadResult> results) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            ReloadResult r = results.poll(1, TimeUnit.SECONDS);
            if (r != null && r.loaded()) {
                return r;
            }
        }
        throw new AssertionError("no successful reload within 20 s");
    }
}

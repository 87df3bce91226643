package dev.devolve.packs;

import dev.devolve.api.PolicyEngine;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Engines are built and used from threads whose context class loader sees neither the library nor
 * Drools, as on a host's executor, and the caller's loader is back in place afterwards.
 */
class ForeignThreadsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

    /** Runs {@code work} with a context class loader that sees only the JDK, and checks it is restored. */
    private static <T> Callable<T> underForeignLoader(Callable<T> work) {
        return () -> {
            try (URLClassLoader foreign = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
                Thread.currentThread().setContextClassLoader(foreign);
                T result = work.call();
                assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(foreign);
                return result;
            }
        };
    }

    @Test
    void enginesBuiltConcurrentlyOnForeignThreadsDecideAlike() throws Exception {
        Township town = NationalTownships.get().require("330122101");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> runs = IntStream.range(0, 4)
                    .mapToObj(i -> pool.submit(underForeignLoader(() -> PolicyEngine.builder().build().assess(town, AS_OF))))
                    .toList();
            Assessment first = runs.get(0).get();
            assertThat(first.decisions()).hasSize(80);
            for (Future<Assessment> run : runs) {
                assertThat(run.get().decisions()).extracting(d -> d.outcome())
                        .containsExactlyElementsOf(first.decisions().stream().map(d -> d.outcome()).toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEngineSharedWithTheCommonPoolAndAFreshThreadKeepsDeciding() throws Exception {
        PolicyEngine engine = PolicyEngine.builder().build();
        List<String> codes = NationalTownships.get().codes().subList(0, 40);
        List<Integer> counts = codes.parallelStream()
                .map(code -> {
                    try {
                        return underForeignLoader(() -> engine.assess(NationalTownships.get().require(code), AS_OF).decisions().size()).call();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(counts).containsOnly(80);
        Thread fresh = new Thread(() -> assertThat(engine.assess(NationalTownships.get().require("330122101"), AS_OF).decisions()).hasSize(80));
        fresh.setContextClassLoader(null);
        Throwable[] failure = new Throwable[1];
        fresh.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        fresh.start();
        fresh.join();
        assertThat(failure[0]).isNull();
    }
}

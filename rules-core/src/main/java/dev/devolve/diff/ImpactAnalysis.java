package dev.devolve.diff;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.Detail;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.CountyMandates;
import dev.devolve.model.Matter;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Decides a population of townships with two versions of the packs and reports every (township,
 * matter) whose outcome changes, broken down by province, kind of township and matter, with a few
 * examples explained by both versions, and the change in county transfers. A decision cut short is
 * an ERROR in its version (so {@code RETAIN → ERROR} is a transition like any other), and each
 * version's ERRORs are counted.
 *
 * <pre>{@code
 * ImpactReport r = ImpactAnalysis.run(base, head, townships, LocalDate.of(2024, 3, 1), 2, 3);
 * }</pre>
 */
public final class ImpactAnalysis {

    private static final int CHUNK = 64;

    private ImpactAnalysis() {
    }

    /** What one chunk of townships contributed; merged in input order. */
    private record Partial(long townships, long decisions, Map<String, Long> transitions, Map<String, Map<String, Long>> byProvince,
                           Map<String, Map<String, Long>> byKind, Map<String, Map<String, Long>> byMatter,
                           Map<String, List<String[]>> examples, BigDecimal baseTransfer, BigDecimal headTransfer,
                           long baseErrors, long headErrors) {

        static Partial empty() {
            return new Partial(0, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                    BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
        }

        Partial merge(Partial o, int examplesPer) {
            Partial m = empty();
            for (Partial p : List.of(this, o)) {
                p.transitions.forEach((k, v) -> m.transitions.merge(k, v, Long::sum));
                mergeNested(p.byProvince, m.byProvince);
                mergeNested(p.byKind, m.byKind);
                mergeNested(p.byMatter, m.byMatter);
                p.examples.forEach((k, v) -> {
                    List<String[]> into = m.examples.computeIfAbsent(k, x -> new ArrayList<>());
                    v.stream().limit(Math.max(0, examplesPer - into.size())).forEach(into::add);
                });
            }
            return new Partial(townships + o.townships, decisions + o.decisions, m.transitions, m.byProvince, m.byKind, m.byMatter,
                    m.examples, baseTransfer.add(o.baseTransfer), headTransfer.add(o.headTransfer), baseErrors + o.baseErrors,
                    headErrors + o.headErrors);
        }

        private static void mergeNested(Map<String, Map<String, Long>> from, Map<String, Map<String, Long>> into) {
            from.forEach((k, v) -> v.forEach((k2, n) -> into.computeIfAbsent(k, x -> new TreeMap<>()).merge(k2, n, Long::sum)));
        }
    }

    /**
     * @param examplesPer how many changed pairs to explain per transition
     */
    public static ImpactReport run(PolicyEngine base, PolicyEngine head, List<Township> townships, LocalDate asOf, int threads,
                                   int examplesPer) {
        int chunks = (townships.size() + CHUNK - 1) / CHUNK;
        ForkJoinPool pool = new ForkJoinPool(threads);
        Partial total;
        try {
            total = pool.submit(() -> IntStream.range(0, chunks).parallel()
                    .mapToObj(i -> chunk(base, head, townships.subList(i * CHUNK, Math.min(townships.size(), (i + 1) * CHUNK)), asOf, examplesPer))
                    .reduce(Partial.empty(), (a, b) -> a.merge(b, examplesPer))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the impact analysis was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, Township> byCode = new LinkedHashMap<>();
        List<ImpactReport.Example> examples = new ArrayList<>();
        Map<String, Long> ordered = total.transitions.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        for (String transition : ordered.keySet()) {
            for (String[] pair : total.examples.getOrDefault(transition, List.of())) {
                if (byCode.isEmpty()) {
                    townships.forEach(t -> byCode.put(t.getCode(), t));
                }
                Township t = byCode.get(pair[0]);
                Matter m = base.matter(pair[1]).orElseGet(() -> head.matter(pair[1]).orElseThrow());
                Decision b = base.decide(DecisionRequest.of(t, m, asOf));
                Decision h = head.decide(DecisionRequest.of(t, m, asOf));
                examples.add(new ImpactReport.Example(t.getCode(), t.getName(), m.getCode(), m.getName(), b.outcome().name(),
                        h.outcome().name(), b.explanation().summaryZh(), b.explanation().summaryEn(), h.explanation().summaryZh(),
                        h.explanation().summaryEn()));
            }
        }
        return new ImpactReport(asOf, total.townships, total.decisions, ordered, sortByTransition(total.byProvince, ordered),
                sortByTransition(total.byKind, ordered), sortByTransition(total.byMatter, ordered), examples, total.baseTransfer,
                total.headTransfer, total.baseErrors, total.headErrors, base.packs(), head.packs());
    }

    private static Map<String, Map<String, Long>> sortByTransition(Map<String, Map<String, Long>> m, Map<String, Long> order) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String t : order.keySet()) {
            Map<String, Long> inner = m.getOrDefault(t, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            out.put(t, inner);
        }
        return out;
    }

    private static Partial chunk(PolicyEngine base, PolicyEngine head, List<Township> townships, LocalDate asOf, int examplesPer) {
        Partial p = Partial.empty();
        long decisions = 0;
        BigDecimal baseTransfer = BigDecimal.ZERO;
        BigDecimal headTransfer = BigDecimal.ZERO;
        long baseErrors = 0;
        long headErrors = 0;
        for (Township t : townships) {
            Assessment b = base.assess(t, asOf, Map.of(), CountyMandates.NONE, Detail.SUMMARY);
            Assessment h = head.assess(t, asOf, Map.of(), CountyMandates.NONE, Detail.SUMMARY);
            baseTransfer = baseTransfer.add(b.fiscal().totalTransfer());
            headTransfer = headTransfer.add(h.fiscal().totalTransfer());
            Map<String, Decision> headByMatter = new LinkedHashMap<>();
            h.decisions().forEach(d -> headByMatter.put(d.matter().getCode(), d));
            baseErrors += b.decisions().stream().filter(Decision::isError).count();
            headErrors += h.decisions().stream().filter(Decision::isError).count();
            for (Decision bd : b.decisions()) {
                decisions++;
                Decision hd = headByMatter.get(bd.matter().getCode());
                String after = hd == null ? "ABSENT" : hd.outcome().name();
                if (after.equals(bd.outcome().name())) {
                    continue;
                }
                String transition = bd.outcome() + " → " + after;
                p.transitions.merge(transition, 1L, Long::sum);
                p.byProvince.computeIfAbsent(transition, k -> new TreeMap<>()).merge(t.getProvinceCode(), 1L, Long::sum);
                p.byKind.computeIfAbsent(transition, k -> new TreeMap<>()).merge(String.valueOf(t.getKind()), 1L, Long::sum);
                p.byMatter.computeIfAbsent(transition, k -> new TreeMap<>()).merge(bd.matter().getCode(), 1L, Long::sum);
                List<String[]> ex = p.examples.computeIfAbsent(transition, k -> new ArrayList<>());
                if (ex.size() < examplesPer) {
                    ex.add(new String[] {t.getCode(), bd.matter().getCode()});
                }
            }
        }
        return new Partial(townships.size(), decisions, p.transitions, p.byProvince, p.byKind, p.byMatter, p.examples,
                baseTransfer, headTransfer, baseErrors, headErrors);
    }
}

package dev.devolve.packs;

import dev.devolve.api.PolicyEngine;
import dev.devolve.batch.BatchRunner;
import dev.devolve.diff.ImpactAnalysis;
import dev.devolve.diff.ImpactReport;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Township;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The impact of a parameter change agrees with two separate batch runs over the same townships. */
class ImpactAnalysisTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

    @TempDir
    Path tmp;

    private Path nationalWithSixOfficers() throws IOException {
        Path target = PackCopies.copy("national", tmp);
        String params = Files.readString(target.resolve("parameters.yaml"));
        int at = params.indexOf("value: 4", params.indexOf("capacity.min_certified_officers:"));
        Files.writeString(target.resolve("parameters.yaml"), params.substring(0, at) + "value: 6" + params.substring(at + "value: 4".length()));
        return target;
    }

    private static Map<String, Object[]> batch(PolicyEngine engine, List<Township> townships) {
        Map<String, Object[]> out = new HashMap<>();
        BatchRunner.builder(engine).asOf(AS_OF).threads(2).run(townships.iterator(), townships.size(), (Assessment a) -> {
            for (Decision d : a.decisions()) {
                out.put(a.township().getCode() + "×" + d.matter().getCode(), new Object[] {d.outcome().name()});
            }
            out.put(a.township().getCode() + "×transfer", new Object[] {a.fiscal().totalTransfer()});
        });
        return out;
    }

    @Test
    void raisingTheOfficerThresholdAgreesWithTwoBatchRuns() throws IOException {
        PolicyEngine base = PolicyEngine.builder().build();
        PolicyEngine head = PolicyEngine.builder().bundledPacks().packDirectory(nationalWithSixOfficers()).build();
        NationalTownships list = NationalTownships.get();
        List<Township> sample = IntStream.range(0, list.size()).filter(i -> i % 60 == 0).mapToObj(i -> list.require(list.codes().get(i))).toList();

        ImpactReport report = ImpactAnalysis.run(base, head, sample, AS_OF, 2, 2);

        Map<String, Object[]> before = batch(base, sample);
        Map<String, Object[]> after = batch(head, sample);
        Map<String, Long> transitions = new TreeMap<>();
        BigDecimal baseTransfer = BigDecimal.ZERO;
        BigDecimal headTransfer = BigDecimal.ZERO;
        for (Map.Entry<String, Object[]> e : before.entrySet()) {
            if (e.getKey().endsWith("×transfer")) {
                baseTransfer = baseTransfer.add((BigDecimal) e.getValue()[0]);
                headTransfer = headTransfer.add((BigDecimal) after.get(e.getKey())[0]);
            } else if (!e.getValue()[0].equals(after.get(e.getKey())[0])) {
                transitions.merge(e.getValue()[0] + " → " + after.get(e.getKey())[0], 1L, Long::sum);
            }
        }
        assertThat(new TreeMap<>(report.transitions())).isEqualTo(transitions);
        assertThat(report.transitions()).containsKey("ELIGIBLE → RETAIN");
        assertThat(report.decisions()).isEqualTo(sample.size() * 80L);
        assertThat(report.baseTransfer()).isEqualByComparingTo(baseTransfer);
        assertThat(report.headTransfer()).isEqualByComparingTo(headTransfer);
        assertThat(report.transferDelta().signum()).isNegative();
        assertThat(report.examples()).isNotEmpty().allSatisfy(e -> assertThat(e.headSummaryEn()).contains("certifiedOfficers"));
        assertThat(report.byMatter().get("ELIGIBLE → RETAIN").values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(report.transitions().get("ELIGIBLE → RETAIN"));
    }

    @Test
    void identicalVersionsChangeNothing() {
        PolicyEngine engine = PolicyEngine.builder().build();
        List<Township> few = NationalTownships.get().codes().subList(0, 40).stream().map(NationalTownships.get()::require).toList();
        ImpactReport r = ImpactAnalysis.run(engine, engine, few, AS_OF, 2, 3);
        assertThat(r.changed()).isZero();
        assertThat(r.transferDelta()).isEqualByComparingTo("0");
    }
}

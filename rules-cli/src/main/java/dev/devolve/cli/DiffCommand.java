package dev.devolve.cli;

import dev.devolve.api.EngineBuilder;
import dev.devolve.api.PolicyEngine;
import dev.devolve.diff.ImpactAnalysis;
import dev.devolve.diff.ImpactReport;
import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Township;
import dev.devolve.result.PackInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code devolve diff}: what changes between two versions of the packs. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Decide a population with two versions of the packs and report every outcome that changes: "
                + "transitions with counts, by province, kind and matter, examples explained by both, and county transfers.")
final class DiffCommand implements Callable<Integer> {

    private static final Map<String, String> PROVINCES = Map.ofEntries(Map.entry("11", "北京"), Map.entry("12", "天津"),
            Map.entry("13", "河北"), Map.entry("14", "山西"), Map.entry("15", "内蒙古"), Map.entry("21", "辽宁"), Map.entry("22", "吉林"),
            Map.entry("23", "黑龙江"), Map.entry("31", "上海"), Map.entry("32", "江苏"), Map.entry("33", "浙江"), Map.entry("34", "安徽"),
            Map.entry("35", "福建"), Map.entry("36", "江西"), Map.entry("37", "山东"), Map.entry("41", "河南"), Map.entry("42", "湖北"),
            Map.entry("43", "湖南"), Map.entry("44", "广东"), Map.entry("45", "广西"), Map.entry("46", "海南"), Map.entry("50", "重庆"),
            Map.entry("51", "四川"), Map.entry("52", "贵州"), Map.entry("53", "云南"), Map.entry("54", "西藏"), Map.entry("61", "陕西"),
            Map.entry("62", "甘肃"), Map.entry("63", "青海"), Map.entry("64", "宁夏"), Map.entry("65", "新疆"));

    @Spec
    CommandSpec spec;

    @Option(names = "--base", required = true, paramLabel = "DIR", description = "The base version: a pack folder, or a folder of packs.")
    Path base;

    @Option(names = "--head", required = true, paramLabel = "DIR", description = "The new version: a pack folder, or a folder of packs.")
    Path head;

    @Option(names = "--townships", paramLabel = "FILE|all", description = "'all' (the default), or a file as for batch.")
    String townships = "all";

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date to decide for (YYYY-MM-DD); default today.")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (1 to 256); default the number of cores.")
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), Bounds.MAX_THREADS);

    @Option(names = "--examples", paramLabel = "N", description = "Changed pairs to explain per transition; default 3.")
    int examples = 3;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json; default text.")
    Format format = Format.text;

    @Option(names = "--debug", description = "Show stack traces and debug logging.")
    boolean debug;

    @Override
    public Integer call() {
        if (format == Format.csv) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format for diff is text or json");
        }
        Bounds.check(spec, "--threads", threads, 1, Bounds.MAX_THREADS);
        Bounds.check(spec, "--examples", examples, 0, Bounds.MAX_EXAMPLES);
        PolicyEngine baseEngine = engine(base);
        PolicyEngine headEngine = engine(head);
        List<Township> population = townships.equals("all")
                ? NationalTownships.get().stream().toList() : Inputs.townships(Path.of(townships));
        ImpactReport r = ImpactAnalysis.run(baseEngine, headEngine, population, asOf, threads, examples);
        spec.commandLine().getOut().print(format == Format.json ? r.toJson() + "\n" : text(r));
        if (r.errors() > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, "devolve: decisions cut short (outcome ERROR): %,d by the base version, "
                    + "%,d by the head version%n", r.baseErrors(), r.headErrors());
            return Devolve.CUT_SHORT;
        }
        return 0;
    }

    /** The bundled packs, with the folder's pack (or packs) in place of those with the same ids. */
    static PolicyEngine engine(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), 0, 0, "not a directory");
        }
        EngineBuilder b = PolicyEngine.builder().bundledPacks();
        if (Files.isRegularFile(dir.resolve("pack.yaml"))) {
            return b.packDirectory(dir).build();
        }
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> packs = children.filter(c -> Files.isRegularFile(c.resolve("pack.yaml"))).sorted().toList();
            if (packs.isEmpty()) {
                throw new InputException(dir.toString(), 0, 0, "holds no pack.yaml, and no folder of it does");
            }
            packs.forEach(b::packDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }

    static String text(ImpactReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Impact of %s over %s%n", packs(r.headPacks()), packs(r.basePacks())));
        sb.append(String.format(Locale.ROOT, "%,d townships, %,d township×matter pairs decided by each version as of %s%n",
                r.townships(), r.decisions(), r.asOf()));
        if (r.errors() > 0) {
            sb.append(String.format(Locale.ROOT, "Cut short (outcome ERROR): %,d pairs by the base version, %,d by the head version%n",
                    r.baseErrors(), r.headErrors()));
        }
        sb.append(String.format(Locale.ROOT, "Changed: %,d pairs (%.2f%%)%n%n", r.changed(), r.decisions() == 0 ? 0.0 : 100.0 * r.changed() / r.decisions()));
        if (r.transitions().isEmpty()) {
            sb.append("No outcome changes.\n");
        }
        r.transitions().forEach((t, n) -> {
            sb.append(String.format(Locale.ROOT, "%s: %,d township×matter pairs%n", t, n));
            sb.append("  by province: ").append(top(r.byProvince().get(t), c -> c + " " + PROVINCES.getOrDefault(c, ""))).append('\n');
            sb.append("  by kind:     ").append(top(r.byKind().get(t), c -> c)).append('\n');
            sb.append("  by matter:   ").append(top(r.byMatter().get(t), c -> c)).append('\n');
        });
        if (!r.examples().isEmpty()) {
            sb.append("\nExamples, explained by each version:\n");
            for (ImpactReport.Example e : r.examples()) {
                sb.append(SafeText.line(String.format(Locale.ROOT, "  %s %s × %s %s: %s → %s", e.township(),
                        e.townshipName() == null ? "" : e.townshipName(), e.matter(), e.matterName() == null ? "" : e.matterName(),
                        e.base(), e.head()))).append('\n');
                sb.append("    base: ").append(SafeText.line(e.baseSummaryEn())).append('\n');
                sb.append("    head: ").append(SafeText.line(e.headSummaryEn())).append('\n');
            }
        }
        sb.append(String.format(Locale.ROOT, "%nCounty transfers: %s → %s yuan a year (%s%s)%n", yuan(r.baseTransfer()), yuan(r.headTransfer()),
                r.transferDelta().signum() >= 0 ? "+" : "", yuan(r.transferDelta())));
        return sb.toString();
    }

    private static String top(Map<String, Long> counts, Function<String, String> label) {
        if (counts == null || counts.isEmpty()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream().limit(8).forEach(e -> parts.add(String.format(Locale.ROOT, "%s %,d", label.apply(e.getKey()), e.getValue())));
        if (counts.size() > 8) {
            parts.add("… " + (counts.size() - 8) + " more");
        }
        return SafeText.line(String.join(", ", parts));
    }

    private static String packs(List<PackInfo> packs) {
        return SafeText.line(packs.stream().map(p -> p.id() + " " + p.version() + " (" + p.contentHash().substring(0, 12) + ")")
                .collect(Collectors.joining(", ")));
    }

    private static String yuan(BigDecimal d) {
        return String.format(Locale.ROOT, "%,.2f", d);
    }
}

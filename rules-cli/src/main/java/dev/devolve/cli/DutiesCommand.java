package dev.devolve.cli;

import dev.devolve.result.DutyDecision;
import dev.devolve.result.DutyLists;
import dev.devolve.input.ListDeviation;
import dev.devolve.input.NationalTownships;
import dev.devolve.api.PolicyEngine;
import dev.devolve.input.PublishedDutyList;
import dev.devolve.input.TownshipList;
import dev.devolve.batch.AtomicFile;
import dev.devolve.batch.BatchProgress;
import dev.devolve.batch.DutyBatch;
import dev.devolve.batch.DutyCsv;
import dev.devolve.output.DutyJson;
import dev.devolve.error.SafeText;
import dev.devolve.model.DutyList;
import dev.devolve.model.Township;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code devolve duties}: a township's three duty lists, many townships' into a file, or a published list checked. */
@Command(name = "duties", mixinStandardHelpOptions = true,
        description = "A township's three duty lists (basic, supporting, recalled) with counts and reasons; with --townships, "
                + "many townships into a CSV file; with --published, the deviations of a county's published lists.")
final class DutiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packs;

    @Option(names = "--township", paramLabel = "T", description = "A township code from the national list, or a YAML/JSON file of township facts.")
    String township;

    @Option(names = "--townships", paramLabel = "FILE|all",
            description = "Decide many townships into --out as CSV: 'all' for the national list, a text file of codes, or a YAML/JSON list.")
    String townships;

    @Option(names = "--published", paramLabel = "FILE",
            description = "A county's published lists (CSV or XLSX: township, duty, list, leadDepartment, validFrom, validTo, document); "
                    + "without --township, every township of the county it names is checked.")
    Path published;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date to decide for (YYYY-MM-DD); default today.")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, csv or xlsx (xlsx needs --out); default text.")
    String format = "text";

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of text output: en or zh; default en.")
    Lang lang = Lang.en;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for --townships (1 to 256); default the number of cores.")
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), Bounds.MAX_THREADS);

    @Option(names = "--progress", negatable = true, description = "Show a progress bar on stderr for --townships; default when stderr is a terminal.")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        if (!List.of("text", "json", "csv", "xlsx").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format for duties is text, json, csv or xlsx, found '" + format + "'");
        }
        if (township != null && townships != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --township or --townships, not both");
        }
        PolicyEngine engine = Inputs.engine(packs.packs);
        if (townships != null) {
            return batch(engine);
        }
        if (township == null) {
            if (published == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --township, --townships or --published");
            }
            return county(engine, PublishedDutyList.read(published, engine));
        }
        List<ListDeviation> deviations = new ArrayList<>();
        DutyLists lists = engine.duties(Inputs.township(township), asOf);
        if (published != null) {
            deviations.addAll(PublishedDutyList.read(published, engine).check(lists));
        }
        if (format.equals("xlsx")) {
            if (out == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx writes a workbook: give --out FILE");
            }
            AtomicFile.checkTarget(out);
            try (OutputStream o = Files.newOutputStream(out)) {
                DutySheets.write(lists, o);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %s%n", out, lists.counts());
        } else {
            DutyCsv csv = new DutyCsv();
            String body = switch (format) {
                case "json" -> DutyJson.toJson(lists, deviations.stream().map(ListDeviation::finding).toList()) + "\n";
                case "csv" -> csv.header() + csv.format(lists);
                default -> DutyReport.lists(lists, deviations, lang);
            };
            emit(body);
        }
        return cutShort(lists.decisions().stream().filter(DutyDecision::isError).count(), lists.decisions().size());
    }

    private int batch(PolicyEngine engine) throws IOException {
        if (out == null || !format.equals("text") && !format.equals("csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--townships writes CSV rows to a file: give --out FILE (and --format csv or none)");
        }
        Bounds.check(spec, "--threads", threads, 1, Bounds.MAX_THREADS);
        AtomicFile.checkTarget(out);
        TownshipList listed = townships.equals("all") ? null : TownshipList.open(Path.of(townships));
        long total = listed == null ? NationalTownships.get().size() : listed.size();
        PrintWriter err = spec.commandLine().getErr();
        boolean showProgress = progress != null ? progress : "1".equals(System.getenv("DEVOLVE_STDERR_TTY"));
        BatchCommand.ProgressBar bar = showProgress ? new BatchCommand.ProgressBar(err) : null;
        DutyBatch.Summary summary;
        try (Stream<Township> source = listed == null ? NationalTownships.get().stream() : listed.stream();
             AtomicFile file = AtomicFile.create(out)) {
            summary = new DutyBatch(engine, asOf, threads).run(source.iterator(), total, file.writer(), bar == null ? BatchProgress.NONE : bar);
            file.commit();
        }
        if (bar != null) {
            bar.finish();
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%s; wrote %s%n", summary.line(), out);
        return cutShort(summary.counts().getOrDefault(DutyList.ERROR, 0L), summary.townships());
    }

    /** Every township of the counties the published list names by code, checked against it. */
    private int county(PolicyEngine engine, PublishedDutyList list) throws IOException {
        if (list.counties().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), published + " names no township by code, so its county is not known: "
                    + "give --township");
        }
        List<ListDeviation> all = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int checked = 0;
        for (String county : list.counties()) {
            try (Stream<Township> in = NationalTownships.get().stream().filter(t -> t.getCountyCode().equals(county))) {
                for (Township t : (Iterable<Township>) in::iterator) {
                    List<ListDeviation> d = list.check(engine.duties(t, asOf));
                    checked++;
                    all.addAll(d);
                    sb.append(String.format(Locale.ROOT, "%s  %-12s %3d %s%n", t.getCode(), SafeText.line(String.valueOf(t.getName())),
                            d.size(), lang == Lang.zh ? "处不一致" : d.size() == 1 ? "deviation" : "deviations"));
                }
            }
        }
        sb.insert(0, String.format(Locale.ROOT, "%s: %d townships checked as of %s, %d deviations (LIST_DEVIATES)%n", published, checked, asOf, all.size()));
        sb.append(DutyReport.summary(all, lang == Lang.zh));
        emit(sb.toString());
        return 0;
    }

    private void emit(String body) throws IOException {
        if (out == null) {
            spec.commandLine().getOut().print(body);
        } else {
            AtomicFile.checkTarget(out);
            Files.writeString(out, body);
        }
    }

    private int cutShort(long cut, long of) {
        if (cut > 0) {
            spec.commandLine().getErr().println("devolve: " + cut + " of " + of + " duty decisions were cut short (list ERROR); each names its cause");
            return Devolve.CUT_SHORT;
        }
        return 0;
    }
}

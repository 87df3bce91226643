package dev.devolve.cli;

import dev.devolve.api.PolicyEngine;
import dev.devolve.batch.AtomicFile;
import dev.devolve.error.SafeText;
import dev.devolve.model.Outcome;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.pack.TownshipRecalls.Recall;
import dev.devolve.review.CsvSheetWriter;
import dev.devolve.output.report.JsonSheetWriter;
import dev.devolve.review.PackRecaller;
import dev.devolve.review.ReviewSummary;
import dev.devolve.review.SheetReviewer;
import dev.devolve.review.SheetWriter;
import dev.devolve.review.XlsxSheetWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code devolve review}: review each delegated power of a usage sheet, and optionally mark the recalls in the next pack version. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review each (township, delegated matter) row of a usage sheet (CSV or XLSX): keep, strengthen or recall, "
                + "with the reasons, and a summary. With --apply-to, write the next version of a provincial pack with the "
                + "recalled powers marked.")
final class ReviewCommand implements Callable<Integer> {

    /** The output formats of a review. */
    enum Output {
        text, json, csv, xlsx
    }

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packs;

    @Option(names = "--usage", required = true, paramLabel = "FILE",
            description = "The usage sheet, .csv or .xlsx: township, matter, from, to, cases, reversals, lastEvaluated "
                    + "(and optionally townshipName, matterName).")
    Path usage;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date to review for (YYYY-MM-DD); default today.")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, csv or xlsx; default text. xlsx needs --out.")
    Output format = Output.text;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of text output: en or zh; default en.")
    Lang lang = Lang.en;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Where to write the review (written under a temporary name and renamed when complete); "
                    + "with --apply-to, the folder of the new pack version, which must not exist.")
    Path out;

    @Option(names = "--apply-to", paramLabel = "PACK_DIR",
            description = "A provincial pack folder: write its next version to --out with every power recalled from a township "
                    + "that held it marked (recalledOn = --as-of, this review as the basis).")
    Path applyTo;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (1 to 256); default the number of cores. Rows stay in sheet order.")
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), Bounds.MAX_THREADS);

    @Override
    public Integer call() throws IOException {
        Bounds.check(spec, "--threads", threads, 1, Bounds.MAX_THREADS);
        if (applyTo != null && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--apply-to needs --out DIR, the folder of the new pack version");
        }
        if (format == Output.xlsx && (out == null || applyTo != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx writes a file: give --out FILE (and no --apply-to)");
        }
        Path report = applyTo == null ? out : null;
        if (report != null) {
            AtomicFile.checkTarget(report);
        }
        PolicyEngine engine = Inputs.engine(packs.packs);
        SheetReviewer reviewer = SheetReviewer.of(engine, asOf).threads(threads);
        // Checked before anything is written: a bad row is one located error and no output.
        reviewer.check(usage);
        String basis = "赋权事项评估 " + asOf + " (" + usage.getFileName() + ")";
        List<Recall> recalls = new ArrayList<>();
        ReviewSummary summary;
        if (report == null) {
            PrintWriter w = spec.commandLine().getOut();
            summary = run(reviewer, writer(w, null), recalls, basis);
            w.flush();
        } else {
            try (AtomicFile file = AtomicFile.create(report)) {
                summary = run(reviewer, writer(file.writer(), file.stream()), recalls, basis);
                file.commit();
            }
        }
        if (applyTo != null) {
            PackRecaller.Result r = PackRecaller.apply(applyTo, out, recalls);
            PrintWriter err = spec.commandLine().getErr();
            err.println(SafeText.line(String.format(Locale.ROOT, "devolve: wrote %s version %s with %,d powers recalled from their townships",
                    r.out(), r.version(), r.added().size())));
            r.skipped().forEach(s -> err.println(SafeText.line("devolve: not marked: " + s)));
        }
        if (summary.errors() > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, "devolve: %,d of %,d reviews were cut short (outcome ERROR); each names its cause%n",
                    summary.errors(), summary.rows());
            return Devolve.CUT_SHORT;
        }
        return 0;
    }

    private SheetWriter writer(Writer text, OutputStream bytes) throws IOException {
        return switch (format) {
            case text -> new ReviewText(text, lang, usage.toString(), asOf);
            case json -> new JsonSheetWriter(text, usage.toString(), asOf);
            case csv -> new CsvSheetWriter(text);
            case xlsx -> new XlsxSheetWriter(bytes);
        };
    }

    /** Reviews the sheet into the writer and keeps each recall of a power the township held by delegation. */
    private ReviewSummary run(SheetReviewer reviewer, SheetWriter w, List<Recall> recalls, String basis) throws IOException {
        try {
            ReviewSummary s = reviewer.review(usage, r -> {
                try {
                    w.row(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (r.review().outcome() == ReviewOutcome.RECALL && r.review().delegation().outcome() == Outcome.DELEGATE) {
                    recalls.add(new Recall(r.row().township(), r.row().matter(), r.review().asOf(), basis, r.row().location()));
                }
            });
            w.finish(s);
            return s;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

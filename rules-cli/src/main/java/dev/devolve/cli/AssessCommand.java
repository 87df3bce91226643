package dev.devolve.cli;

import dev.devolve.api.PolicyEngine;
import dev.devolve.batch.CsvBatchWriter;
import dev.devolve.model.CountyMandates;
import dev.devolve.model.Township;
import dev.devolve.output.AssessmentJson;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code devolve assess}: a township against the whole catalog. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Decide every catalog matter for one township: its own list (一乡一清单).")
final class AssessCommand implements Callable<Integer> {

    /** The layout batch files have, so one township's list and a national batch read the same way. */
    private static final CsvBatchWriter CSV = new CsvBatchWriter();

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packs;

    @Mixin
    TownshipOptions where;

    @Option(names = "--mandates", paramLabel = "FILE",
            description = "A YAML/JSON file of the duties the county places on the township and its transfers "
                    + "(duties: and transfers:, each a list of {matter, amount}); checked for unfunded mandates.")
    String mandates;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or csv; default text.")
    Format format = Format.text;

    @Override
    public Integer call() {
        PolicyEngine engine = Inputs.engine(packs.packs);
        Township t = Inputs.township(where.township);
        CountyMandates declared = mandates == null ? CountyMandates.NONE : Inputs.mandates(mandates, engine);
        Assessment a = engine.assess(t, where.asOf, Map.of(), declared);
        String body = switch (format) {
            case json -> AssessmentJson.toJson(a) + "\n";
            case csv -> CSV.header() + CSV.format(a);
            case text -> TextReport.assessment(a, where.lang);
        };
        spec.commandLine().getOut().print(body);
        long cut = a.decisions().stream().filter(Decision::isError).count();
        if (cut > 0) {
            spec.commandLine().getErr().println("devolve: " + cut + " of " + a.decisions().size()
                    + " decisions were cut short (outcome ERROR); each names its cause");
            return Devolve.CUT_SHORT;
        }
        return 0;
    }
}

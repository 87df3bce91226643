package dev.devolve.cli;

import dev.devolve.api.Assessment;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.Township;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code devolve assess}: a township against the whole catalog. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Decide every catalog matter for one township: its own list (一乡一清单).")
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packs;

    @Option(names = "--township", required = true, paramLabel = "T",
            description = "A township code from the national list, or a YAML/JSON file of township facts.")
    String township;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date to decide for (YYYY-MM-DD); default today.")
    LocalDate asOf = LocalDate.now();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or csv; default text.")
    Format format = Format.text;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of text output: en or zh; default en.")
    Lang lang = Lang.en;

    @Override
    public Integer call() {
        PolicyEngine engine = Inputs.engine(packs.packs);
        Township t = Inputs.township(township);
        Assessment a = engine.assess(t, asOf);
        String body = switch (format) {
            case json -> a.toJson() + "\n";
            case csv -> TextReport.assessmentCsv(a);
            case text -> TextReport.assessment(a, lang);
        };
        spec.commandLine().getOut().print(body);
        return 0;
    }
}

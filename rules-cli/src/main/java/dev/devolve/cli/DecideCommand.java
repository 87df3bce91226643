package dev.devolve.cli;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.Matter;
import dev.devolve.model.Township;
import dev.devolve.output.DecisionJson;
import dev.devolve.result.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code devolve decide}: one decision with its explanation. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Decide one matter for one township on a date, with the explanation.")
final class DecideCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packs;

    @Mixin
    TownshipOptions where;

    @Option(names = "--matter", required = true, paramLabel = "M",
            description = "A catalog matter code, or a YAML/JSON file of matter facts.")
    String matter;

    @Option(names = "--province", paramLabel = "FILE",
            description = "A YAML/JSON file with the province's decision on this matter; default none.")
    String province;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json; default text.")
    Format format = Format.text;

    @Override
    public Integer call() {
        if (format == Format.csv) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format csv is for assess; decide writes text or json");
        }
        PolicyEngine engine = Inputs.engine(packs.packs);
        Township t = Inputs.township(where.township);
        Matter m = Inputs.matter(matter, engine);
        DecisionRequest request = DecisionRequest.of(t, m, where.asOf);
        if (province != null) {
            request = request.withProvince(Inputs.province(province));
        }
        Decision d = engine.decide(request);
        spec.commandLine().getOut().print(format == Format.json ? DecisionJson.toJson(d) + "\n" : TextReport.decision(d, where.lang));
        return d.isError() ? Devolve.CUT_SHORT : 0;
    }
}

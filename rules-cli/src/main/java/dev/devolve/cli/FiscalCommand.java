package dev.devolve.cli;

import dev.devolve.api.PolicyEngine;
import dev.devolve.error.InputLimits;
import dev.devolve.error.SafeText;
import dev.devolve.model.ServiceCategory;
import dev.devolve.model.SharedService;
import dev.devolve.model.Sharing;
import dev.devolve.model.Township;
import dev.devolve.output.AssessmentJson;
import dev.devolve.result.FiscalSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.math.BigDecimal;
import java.util.concurrent.Callable;

/** {@code devolve fiscal}: split one shared-service amount for one township. */
@Command(name = "fiscal", mixinStandardHelpOptions = true,
        description = "Split a shared basic public service amount between central, province, city, county and township.")
final class FiscalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packs;

    @Mixin
    TownshipOptions where;

    @Option(names = "--service", required = true, paramLabel = "CATEGORY",
            description = "The service category: ${COMPLETION-CANDIDATES}.")
    ServiceCategory category;

    @Option(names = "--sharing", paramLabel = "SHARING",
            description = "TIERED, FACTOR or LOCAL; default the category's own.")
    Sharing sharing;

    @Option(names = "--amount", required = true, paramLabel = "YUAN", converter = Amount.class,
            description = "The amount to split, in yuan a year (zero or more).")
    BigDecimal amount;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json; default text.")
    Format format = Format.text;

    @Override
    public Integer call() {
        if (format == Format.csv) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format csv is for assess; fiscal writes text or json");
        }
        PolicyEngine engine = Inputs.engine(packs.packs);
        Township t = Inputs.township(where.township);
        FiscalSplit split = engine.split(t, new SharedService(null, null, category, sharing, amount), where.asOf);
        spec.commandLine().getOut().print(format == Format.json ? AssessmentJson.toJson(split) + "\n" : TextReport.split(split, where.lang));
        if (!split.isComplete()) {
            split.diagnostics().forEach(d -> spec.commandLine().getErr().println(SafeText.line("devolve: " + d)));
            return Devolve.ERROR;
        }
        return 0;
    }

    /** Reads a yuan amount, naming the value when it is not a number of zero or more. */
    static final class Amount implements CommandLine.ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            try {
                return InputLimits.yuan(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}

package dev.devolve.cli;

import dev.devolve.result.AdmissionDecision;
import dev.devolve.api.PolicyEngine;
import dev.devolve.output.DutyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code devolve admit}: whether a proposed duty may reach a township (职责准入). */
@Command(name = "admit", mixinStandardHelpOptions = true,
        description = "Decide whether a proposed duty may reach a township: WITHIN_LIST, ADMITTED, NEEDS_ADMISSION, REFUSED or "
                + "INSUFFICIENT_FACTS, with the list it would be on, obligations and any unfunded amount.")
final class AdmitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packs;

    @Mixin
    TownshipOptions where;

    @Option(names = "--proposal", required = true, paramLabel = "FILE",
            description = "A YAML/JSON file of the proposal: duty (a catalog code or duty facts), proposer, byTemporaryBody, townshipRole, "
                    + "annualCost, funding, staff, approvedOn, approvedBy.")
    Path proposal;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json; default text.")
    Format format = Format.text;

    @Override
    public Integer call() {
        PolicyEngine engine = Inputs.engine(packs.packs);
        AdmissionDecision a = engine.admit(Inputs.proposal(proposal, engine), Inputs.township(where.township), where.asOf);
        spec.commandLine().getOut().print(format == Format.json ? DutyJson.toJson(a) + "\n" : DutyReport.admission(a, where.lang));
        if (a.isError()) {
            spec.commandLine().getErr().println("devolve: the admission was cut short (ERROR); it names its cause");
            return Devolve.CUT_SHORT;
        }
        return 0;
    }
}

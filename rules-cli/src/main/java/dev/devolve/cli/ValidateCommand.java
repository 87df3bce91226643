package dev.devolve.cli;

import dev.devolve.api.EngineBuilder;
import dev.devolve.api.PolicyEngine;
import dev.devolve.pack.RulePack;
import dev.devolve.result.RuleDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code devolve validate}: load and compile packs, print what was found. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load and compile pack directories (with their dependencies) and print every problem. "
                + "Exit 0 when they compile, 1 when there are problems.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK_DIR", arity = "0..*", description = "Pack directories; none validates the bundled packs.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces and debug logging.")
    boolean debug;

    @Override
    public Integer call() {
        EngineBuilder b = PolicyEngine.builder();
        dirs.forEach(b::packDirectory);
        PolicyEngine engine = b.build();
        PrintWriter out = spec.commandLine().getOut();
        for (RulePack p : engine.loadedPacks()) {
            long rules = engine.rules().stream().map(RuleDescription::packId).filter(p.id()::equals).count();
            out.printf("ok  %s %s  %d rules, %d parameters, %d matters%s  (%s)%n", p.id(), p.version(), rules,
                    p.parameters().size(), p.catalog().size(), p.province().map(l -> String.format(", province %s: %s lists %d matters (%s)",
                            l.province(), l.document(), l.entries().size(), l.listFile())).orElse(""), p.origin());
        }
        return 0;
    }
}

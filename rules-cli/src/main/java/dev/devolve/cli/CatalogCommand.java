package dev.devolve.cli;

import dev.devolve.batch.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code devolve catalog}: the readable rule catalog. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Write every rule, parameter and provincial list as one self-contained HTML page or as Markdown.")
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions packs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "html or md; default html.")
    String format = "html";

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("html") && !format.equals("md")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format for catalog is html or md, found '" + format + "'");
        }
        AtomicFile.checkTarget(out);
        CatalogPage page = new CatalogPage(Inputs.engine(packs.packs));
        try (AtomicFile file = AtomicFile.create(out)) {
            file.writer().write(format.equals("html") ? page.html() : page.markdown());
            file.commit();
        }
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }
}

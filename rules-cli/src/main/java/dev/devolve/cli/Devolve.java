package dev.devolve.cli;

import dev.devolve.error.DevolveException;
import dev.devolve.error.PackBuildException;
import dev.devolve.error.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The {@code devolve} command line. Each subcommand parses its flags, calls rules-core and formats
 * the result; errors are one line each on stderr with exit code 1, and a stack trace only with
 * {@code --debug}.
 */
@Command(name = "devolve", mixinStandardHelpOptions = true, versionProvider = Devolve.Version.class,
        description = "Decide which county powers may go down to townships, and explain why.",
        subcommands = {DecideCommand.class, AssessCommand.class, DutiesCommand.class, AdmitCommand.class, FiscalCommand.class, ValidateCommand.class, TestCommand.class, BatchCommand.class, DiffCommand.class, CatalogCommand.class, ReviewCommand.class, CommandLine.HelpCommand.class})
public final class Devolve {

    /** Exit code for bad input, broken packs and other errors. */
    static final int ERROR = 1;

    /**
     * Exit code when the command ran to the end but at least one decision was cut short (outcome
     * ERROR: a rule failed, a cap or the deadline was reached); the output marks each one.
     */
    static final int CUT_SHORT = 3;

    private Devolve() {
    }

    public static void main(String[] args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        // slf4j-simple reads its level once, when the first logger is made: set it before that.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
        // Drools logs each compile failure again as a multi-line error; the diagnostics already say it.
        System.setProperty("org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl.KieProject", debug ? "debug" : "off");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new Devolve());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, arguments) -> {
            err.println(SafeText.line("devolve: " + ex.getMessage() + " (see 'devolve " + commandPath(ex.getCommandLine()) + " --help')"));
            return ERROR;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof PackBuildException pbe) {
                pbe.diagnostics().forEach(d -> err.println(SafeText.line(d.toString())));
            } else if (ex instanceof DevolveException) {
                err.println(SafeText.line("devolve: " + ex.getMessage()));
            } else {
                err.println(SafeText.line("devolve: unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage())
                        + (debug ? "" : " (run with --debug for the stack trace)"));
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ERROR;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String commandPath(CommandLine cl) {
        String name = cl.getCommandName();
        return cl.getParent() == null ? "" : name;
    }

    /**
     * The version, commit and Drools version the jar was built with, from its manifest: the
     * commit is absent when the jar was built outside a git checkout (from a source archive).
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Manifest manifest = manifest();
            if (manifest == null) {
                return new String[] {"devolve (development build: not run from the devolve jar, so no manifest)"};
            }
            Attributes a = manifest.getMainAttributes();
            String commit = a.getValue("Devolve-Commit");
            return new String[] {
                "devolve " + a.getValue("Implementation-Version"),
                "commit " + (commit == null || commit.isBlank() ? "unknown (built outside a git checkout)" : commit),
                "Drools " + a.getValue("Drools-Version"),
                "Java " + Runtime.version()};
        }

        /** The manifest of the jar this class was loaded from, or null when it was not loaded from a jar. */
        private static Manifest manifest() throws IOException {
            CodeSource source = Devolve.class.getProtectionDomain().getCodeSource();
            if (source == null || !source.getLocation().getPath().endsWith(".jar")) {
                return null;
            }
            try (JarFile jar = new JarFile(new File(URI.create(source.getLocation().toString())))) {
                return jar.getManifest();
            }
        }
    }
}

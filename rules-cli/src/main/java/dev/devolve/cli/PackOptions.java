package dev.devolve.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options every deciding command shares. */
final class PackOptions {

    @Option(names = "--packs", paramLabel = "DIR", arity = "1..*",
            description = "Pack directories to add to the bundled packs; a pack with a bundled pack's id replaces it.")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces and debug logging.")
    boolean debug;
}

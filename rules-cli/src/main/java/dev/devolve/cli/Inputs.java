package dev.devolve.cli;

import dev.devolve.api.EngineBuilder;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import dev.devolve.input.FactFiles;
import dev.devolve.input.NationalTownships;
import dev.devolve.input.TownshipList;
import dev.devolve.model.CountyMandates;
import dev.devolve.model.Proposal;
import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns command-line words into facts: a code from the national list or catalog, or a file. */
final class Inputs {

    private Inputs() {
    }

    static PolicyEngine engine(List<Path> packDirs) {
        EngineBuilder b = PolicyEngine.builder();
        if (packDirs != null && !packDirs.isEmpty()) {
            b.bundledPacks();
            packDirs.forEach(b::packDirectory);
        }
        return b.build();
    }

    private static boolean looksLikeFile(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json") || Files.isRegularFile(Path.of(word));
    }

    static Township township(String word) {
        if (looksLikeFile(word)) {
            requireFile(word);
            return FactFiles.township(Path.of(word));
        }
        return NationalTownships.get().require(word);
    }

    static Matter matter(String word, PolicyEngine engine) {
        if (looksLikeFile(word)) {
            requireFile(word);
            return FactFiles.matter(Path.of(word));
        }
        return engine.matter(word).orElseThrow(() -> new InputException("--matter", 0, 0, "unknown matter code " + SafeText.quote(word)
                + "; catalog codes: " + engine.catalog().stream().map(Matter::getCode)
                .filter(c -> !word.isEmpty() && c.startsWith(word.substring(0, Math.min(2, word.length()))))
                .collect(Collectors.collectingAndThen(Collectors.joining(", "), s -> s.isEmpty() ? catalogSummary(engine) : s))));
    }

    private static String catalogSummary(PolicyEngine engine) {
        List<String> codes = engine.catalog().stream().map(Matter::getCode).toList();
        return codes.size() <= 12 ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 12)) + ", … (" + codes.size() + " in all; see 'devolve assess')";
    }

    static ProvinceContext province(String file) {
        requireFile(file);
        return FactFiles.province(Path.of(file));
    }

    /** Townships from a text file of codes (one a line, # for comments) or a YAML/JSON list, all in memory. */
    static List<Township> townships(Path file) {
        try (Stream<Township> s = TownshipList.open(file).stream()) {
            return s.toList();
        }
    }

    static CountyMandates mandates(String file, PolicyEngine engine) {
        requireFile(file);
        return FactFiles.mandates(Path.of(file), code -> engine.matter(code).isPresent());
    }

    static Proposal proposal(Path file, PolicyEngine engine) {
        requireFile(file.toString());
        return FactFiles.proposal(file, code -> engine.duty(code).orElse(null));
    }

    private static void requireFile(String word) {
        if (!Files.isRegularFile(Path.of(word))) {
            throw new InputException(word, 0, 0, "no such file");
        }
    }
}

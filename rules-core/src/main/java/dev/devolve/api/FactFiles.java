package dev.devolve.api;

import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.FactReader;
import dev.devolve.model.Matter;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a township, matter or province context from a YAML or JSON file whose top level is the
 * record itself, with the field names of the fact vocabulary. Unknown keys, wrong types and unknown
 * words are {@link InputException}s naming the file, line, column and key.
 *
 * <pre>{@code
 * Township t = FactFiles.township(Path.of("t.yaml"));
 * }</pre>
 */
public final class FactFiles {

    private FactFiles() {
    }

    public static Township township(Path file) {
        return FactReader.township(Documents.parse(file.toString(), read(file)).asMap());
    }

    public static Matter matter(Path file) {
        return FactReader.matter(Documents.parse(file.toString(), read(file)).asMap());
    }

    public static ProvinceContext province(Path file) {
        return FactReader.province(Documents.parse(file.toString(), read(file)).asMap());
    }

    public static SharedService service(Path file) {
        return FactReader.service(Documents.parse(file.toString(), read(file)).asMap());
    }

    /** A county's declared duties and transfers: {@code duties:} and {@code transfers:}, each a list of {@code {matter, amount}}. */
    public static CountyMandates mandates(Path file) {
        return FactReader.mandates(Documents.parse(file.toString(), read(file)).asMap());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}

package dev.devolve.input;

import dev.devolve.error.InputException;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.DutyReader;
import dev.devolve.internal.io.FactReader;
import dev.devolve.internal.io.TextFiles;
import dev.devolve.model.CountyMandates;
import dev.devolve.model.DutyItem;
import dev.devolve.model.Matter;
import dev.devolve.model.Proposal;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a township, matter, province context or proposal from a YAML or JSON file whose top level is the
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

    /**
     * A county's declared duties and transfers: {@code duties:} and {@code transfers:}, each a list of
     * {@code {matter, amount}}. A matter the catalog does not hold is an error located where it is
     * written.
     *
     * @param inCatalog whether the catalog holds a matter code, e.g. {@code code -> engine.matter(code).isPresent()}
     */
    public static CountyMandates mandates(Path file, Predicate<String> inCatalog) {
        return FactReader.mandates(Documents.parse(file.toString(), read(file)).asMap(), inCatalog);
    }

    /**
     * A proposal that townships take on a duty (职责准入). Its {@code duty} is a catalog code or the
     * duty's facts; facts under a catalog code must agree with the catalog entry.
     */
    public static Proposal proposal(Path file, Function<String, DutyItem> catalog) {
        return DutyReader.proposal(Documents.parse(file.toString(), read(file)).asMap(), node -> DutyReader.duty(node, catalog));
    }

    /**
     * A text file as every reader reads it: UTF-8 (an error names the byte offset of the first bad
     * sequence), a leading byte-order mark dropped, at most 64 MiB, no control character but tabs and
     * line breaks.
     *
     * @throws InputException naming the file, and the line and column where it can
     */
    public static String read(Path file) {
        return TextFiles.read(file);
    }
}

package dev.devolve.pack;

import dev.devolve.error.InputException;
import dev.devolve.error.SafeText;
import dev.devolve.internal.io.CsvTable;
import dev.devolve.internal.io.Node;
import dev.devolve.location.SourceLocation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Matters a provincial pack recalls from single townships, kept in a CSV file the pack's
 * {@code province.yaml} names under {@code recalls:}: {@code township} (9 or 12 digits),
 * {@code matter} (a code of the pack's list), {@code recalledOn} and {@code basis} (the review or
 * decision that recalled it, cited beside the provincial decision). {@code PackRecaller} of the
 * review writes this file.
 */
public final class TownshipRecalls {

    /** The columns of the file, in order. */
    public static final List<String> COLUMNS = List.of("township", "matter", "recalledOn", "basis");

    /** One matter recalled from one township. */
    public record Recall(String township, String matter, LocalDate recalledOn, String basis, SourceLocation location) {
    }

    private TownshipRecalls() {
    }

    /** The lookup key of a township's recall of a matter. */
    public static String key(String township, String matter) {
        return township + "/" + matter;
    }

    /**
     * Reads the file a {@code recalls:} key names.
     *
     * @throws InputException at the cell of a bad township code, a matter not on the list, a missing date or basis, or a pair given twice
     */
    static Map<String, Recall> read(PackFiles files, Node.Scalar fileNode, Map<String, ProvincialList.Entry> listed) {
        String file = fileNode.text();
        byte[] bytes = files.bytes(file);
        if (bytes == null || !file.endsWith(".csv")) {
            throw fileNode.error("recalls: names a .csv file of the pack, found " + SafeText.quote(file));
        }
        CsvTable table = CsvTable.parse(files.source(file), files.text(file), new LinkedHashSet<>(COLUMNS));
        Map<String, Recall> out = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String township = row.string("township");
            if (township == null || !township.matches("\\d{9}|\\d{12}")) {
                throw row.errorAt("township", "a township is its 9- or 12-digit code, found " + SafeText.quote(township));
            }
            String matter = row.string("matter");
            if (matter == null || !listed.containsKey(matter)) {
                throw row.errorAt("matter", "a recall names a matter of the pack's list, found " + SafeText.quote(matter));
            }
            LocalDate on = row.date("recalledOn");
            String basis = row.string("basis");
            if (on == null || basis == null) {
                throw row.errorAt(on == null ? "recalledOn" : "basis", "is required");
            }
            if (out.put(key(township, matter), new Recall(township, matter, on, basis, row.at("township"))) != null) {
                throw row.errorAt("matter", "township " + township + " and matter " + matter + " are recalled twice");
            }
        }
        return out;
    }
}

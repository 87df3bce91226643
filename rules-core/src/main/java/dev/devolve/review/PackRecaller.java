package dev.devolve.review;

import dev.devolve.batch.AtomicFile;
import dev.devolve.batch.CsvBatchWriter;
import dev.devolve.error.InputException;
import dev.devolve.pack.PackLoader;
import dev.devolve.pack.ProvincialList;
import dev.devolve.pack.RulePack;
import dev.devolve.pack.TownshipRecalls.Recall;
import dev.devolve.pack.TownshipRecalls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the next version of a provincial pack with the powers a review recalled marked as recalled
 * from their townships: the pack's files copied, its recalls file ({@link TownshipRecalls}) extended,
 * {@code province.yaml} naming it, and the minor version of {@code pack.yaml} raised. The new folder
 * is built beside its target under a temporary name, loaded once as a check, and renamed onto the
 * target only when complete, so a failure leaves nothing half-written. A recall of a township of
 * another province, or of a matter not on the pack's list, is skipped and reported.
 */
public final class PackRecaller {

    private static final Logger LOG = LoggerFactory.getLogger(PackRecaller.class);

    /**
     * What was written.
     *
     * @param version the new pack version
     * @param added   the recalls added
     * @param skipped one sentence for each recall not added, saying why
     */
    public record Result(Path out, String version, List<Recall> added, List<String> skipped) {
    }

    private static final Pattern VERSION = Pattern.compile("(?m)^version:\\s*\"?(\\d+)\\.(\\d+)\\.(\\d+)\"?\\s*$");
    private static final Pattern RECALLS = Pattern.compile("(?m)^recalls:\\s*\"?([^\"\\s]+)\"?\\s*$");

    private PackRecaller() {
    }

    /**
     * @param recalls the powers to mark, each with its date and basis
     * @throws InputException when the folder is not a provincial pack, the target exists, or the new pack does not load
     */
    public static Result apply(Path packDir, Path outDir, Collection<Recall> recalls) {
        RulePack pack = PackLoader.directory(packDir);
        ProvincialList list = pack.province().orElseThrow(() -> new InputException(packDir.toString(), 0, 0,
                "--apply-to names a pack without a province.yaml; only a provincial pack's list can mark recalls"));
        if (Files.exists(outDir, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(outDir.toString(), 0, 0, "--out already exists; the next version of a pack is written to a new folder");
        }
        Map<String, Recall> all = new LinkedHashMap<>(list.recalls());
        List<Recall> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Recall r : recalls) {
            String key = TownshipRecalls.key(r.township(), r.matter());
            if (!r.township().startsWith(list.province())) {
                skipped.add(r.township() + " × " + r.matter() + ": the township is not in province " + list.province());
            } else if (!list.entries().containsKey(r.matter())) {
                skipped.add(r.township() + " × " + r.matter() + ": the matter is not on the list of " + list.document());
            } else if (list.entries().get(r.matter()).recalledOn().filter(on -> !on.isAfter(r.recalledOn())).isPresent()) {
                skipped.add(r.township() + " × " + r.matter() + ": recalled for the whole province on "
                        + list.entries().get(r.matter()).recalledOn().get());
            } else if (all.containsKey(key)) {
                skipped.add(r.township() + " × " + r.matter() + ": already recalled on " + all.get(key).recalledOn());
            } else {
                all.put(key, r);
                added.add(r);
            }
        }
        Path target = AtomicFile.checkTarget(outDir);
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            copy(packDir, temp);
            String province = read(temp.resolve("province.yaml"));
            Matcher named = RECALLS.matcher(province);
            boolean declared = named.find();
            Path file = temp.resolve(declared ? named.group(1) : "recalls.csv").normalize();
            if (!file.startsWith(temp)) {
                throw new InputException(packDir.resolve("province.yaml").toString(), 0, 0, "recalls: names a file outside the pack");
            }
            if (!declared) {
                write(temp.resolve("province.yaml"), province + (province.endsWith("\n") ? "" : "\n") + "recalls: recalls.csv\n");
            }
            write(file, csv(all.values()));
            String manifest = read(temp.resolve("pack.yaml"));
            Matcher v = VERSION.matcher(manifest);
            if (!v.find()) {
                throw new InputException(packDir.resolve("pack.yaml").toString(), 0, 0, "version is not MAJOR.MINOR.PATCH, so no next version can be named");
            }
            String version = v.group(1) + "." + (Integer.parseInt(v.group(2)) + 1) + ".0";
            write(temp.resolve("pack.yaml"), manifest.substring(0, v.start()) + "version: " + version + manifest.substring(v.end()));
            PackLoader.directory(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new Result(target, version, added, skipped);
        } catch (IOException e) {
            throw new InputException(outDir.toString(), 0, 0, "cannot write the new pack: " + e.getMessage(), e);
        } finally {
            delete(temp);
        }
    }

    /** The recalls as the text of a recalls file, neutralised for spreadsheets. */
    static String csv(Collection<Recall> recalls) {
        StringBuilder sb = new StringBuilder(String.join(",", TownshipRecalls.COLUMNS)).append('\n');
        for (Recall r : recalls) {
            sb.append(r.township()).append(',').append(CsvBatchWriter.cell(r.matter())).append(',').append(r.recalledOn()).append(',')
                    .append(CsvBatchWriter.cell(r.basis())).append('\n');
        }
        return sb.toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(dest);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(p, dest);
                } else {
                    throw new InputException(p.toString(), 0, 0, "is neither a file nor a folder; a pack holds only those");
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // The leftover has a .part name, so nothing mistakes it for a pack; say where it is.
            LOG.warn("could not delete the unfinished pack {}", dir, e);
        }
    }
}

package dev.devolve.batch;

import dev.devolve.error.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file written under a temporary name beside its target and renamed onto it only when complete,
 * so an interrupted or failed run never leaves a truncated file that looks finished. If the work
 * is not committed (an exception, or the process is stopped), the temporary file is deleted.
 */
public final class AtomicFile implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final Writer writer;
    private final Thread cleanup;
    private boolean committed;

    private AtomicFile(Path target) throws IOException {
        this.target = checkTarget(target);
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        // createFile, not createTempFile: the finished file gets the usual permissions, not 0600.
        this.temp = Files.createFile(dir.resolve("." + this.target.getFileName() + "." + UUID.randomUUID() + ".part"));
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
        this.cleanup = new Thread(this::discard, "devolve-atomic-file-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Opens a temporary file beside {@code target}.
     *
     * @throws InputException when the target cannot be written (see {@link #checkTarget})
     */
    public static AtomicFile create(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /**
     * Checks, before any work, that a file can be written at {@code target}: the nearest of its
     * folders that exists is a writable folder (missing ones are made when writing), and the target
     * is not a folder nor anything but a regular file (a device, a pipe, a link).
     *
     * @return the target as an absolute path
     * @throws InputException naming the target and what is wrong with it
     */
    public static Path checkTarget(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String problem = null;
        if (dir == null) {
            problem = "is not a file name";
        } else if (Files.isDirectory(absolute)) {
            problem = "is a folder; give the name of the file to write";
        } else if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            problem = "exists and is not a regular file";
        } else {
            Path existing = dir;
            while (existing.getParent() != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (!Files.isDirectory(existing)) {
                problem = "cannot be written: " + existing + " is not a folder";
            } else if (!Files.isWritable(existing)) {
                problem = "cannot be written: the folder " + existing + " is not writable";
            }
        }
        if (problem != null) {
            throw new InputException("--out", 0, 0, target + " " + problem);
        }
        return absolute;
    }

    /** Where to write. */
    public Writer writer() {
        return writer;
    }

    /** Flushes, forces to disk and renames the file onto its target. */
    public void commit() throws IOException {
        writer.flush();
        channel.force(true);
        writer.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
        unregister();
    }

    /** Deletes the temporary file unless the work was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
                unregister();
            }
        }
    }

    private void unregister() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and runs the hook itself, which deletes nothing now.
            LOG.debug("shutdown in progress; the cleanup hook stays registered", e);
        }
    }

    private void discard() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The leftover has a .part name, so nothing mistakes it for output; say where it is.
            LOG.warn("could not delete the unfinished file {}", temp, e);
        }
    }
}

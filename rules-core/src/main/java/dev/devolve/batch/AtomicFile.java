package dev.devolve.batch;

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
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        // createFile, not createTempFile: the finished file gets the usual permissions, not 0600.
        this.temp = Files.createFile(dir.resolve("." + this.target.getFileName() + "." + UUID.randomUUID() + ".part"));
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
        this.cleanup = new Thread(this::discard, "devolve-atomic-file-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Opens a temporary file beside {@code target}. */
    public static AtomicFile create(Path target) throws IOException {
        return new AtomicFile(target);
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

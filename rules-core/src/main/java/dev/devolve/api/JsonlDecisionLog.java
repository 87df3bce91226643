package dev.devolve.api;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A decision log in a JSON Lines file: one {@link DecisionRecord#toJsonLine()} per decision,
 * appended and flushed line by line, safe to share between threads.
 */
public final class JsonlDecisionLog implements DecisionListener, Closeable {

    private final Path file;
    private final Writer out;

    /** Appends to {@code file}, creating it (and its folder) when needed. */
    public JsonlDecisionLog(Path file) throws IOException {
        this.file = file;
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    @Override
    public synchronized void onDecision(DecisionRecord record) {
        try {
            out.write(record.toJsonLine());
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the decision log " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}

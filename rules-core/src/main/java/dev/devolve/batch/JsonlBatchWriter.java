package dev.devolve.batch;

import dev.devolve.output.BatchJson;
import dev.devolve.result.Assessment;

/**
 * Formats a batch as JSON Lines: a {@code decision} line per (township, matter) and a
 * {@code fiscal} line per township. With explanations, each decision line carries the whole
 * {@code devolve.decision/1} document under {@code decision}.
 */
public final class JsonlBatchWriter implements BatchFormat {

    private final boolean explain;

    public JsonlBatchWriter(boolean explain) {
        this.explain = explain;
    }

    @Override
    public String header() {
        return "";
    }

    @Override
    public String format(Assessment a) {
        return BatchJson.lines(a, explain);
    }
}

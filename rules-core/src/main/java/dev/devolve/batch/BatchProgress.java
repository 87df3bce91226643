package dev.devolve.batch;

/** Told after each chunk how far a batch has come. */
@FunctionalInterface
public interface BatchProgress {

    /** Reports nothing. */
    BatchProgress NONE = (done, total, decisions, elapsedNanos) -> { };

    /**
     * @param done         townships written so far
     * @param total        townships in all, or -1 when not known
     * @param decisions    decisions written so far
     * @param elapsedNanos time since the batch started
     */
    void update(long done, long total, long decisions, long elapsedNanos);
}

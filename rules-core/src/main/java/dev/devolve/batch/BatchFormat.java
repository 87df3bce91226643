package dev.devolve.batch;

import dev.devolve.result.Assessment;

/**
 * Turns assessments into text. {@link #format} is called on the worker threads, so formatting runs
 * in parallel and the writer only copies finished text; it must not keep state between calls.
 */
public interface BatchFormat {

    /** Text written once before the first assessment (a CSV header), or empty. */
    String header();

    /** The text for one assessment, ending with a newline. */
    String format(Assessment assessment);
}

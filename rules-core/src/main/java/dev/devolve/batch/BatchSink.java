package dev.devolve.batch;

import dev.devolve.result.Assessment;

import java.io.IOException;

/** Receives assessments in input order, on one thread at a time. */
public interface BatchSink {

    void accept(Assessment assessment) throws IOException;
}

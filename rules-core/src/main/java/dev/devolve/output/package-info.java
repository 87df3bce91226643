/**
 * The output layer: every JSON document Devolve writes ({@code devolve.decision/1},
 * {@code devolve.assessment/1}, {@code devolve.split/1}, the lines of a batch and of a decision
 * log, and the parts they share), written by {@link dev.devolve.output.Json} with a deterministic
 * key order; {@link dev.devolve.output.report} writes the documents of runs built on the engine
 * ({@code devolve.diff/1}, {@code devolve.test/1}). It depends on the result records; they know
 * nothing of it. No class outside this layer uses {@code Json}.
 */
package dev.devolve.output;

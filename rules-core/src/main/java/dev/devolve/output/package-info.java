/**
 * The output layer: every JSON document Devolve writes ({@code devolve.decision/1},
 * {@code devolve.assessment/1}, {@code devolve.split/1} and the parts they share), written by
 * {@link dev.devolve.output.Json} with a deterministic key order. It depends on the result records;
 * they know nothing of it.
 */
package dev.devolve.output;

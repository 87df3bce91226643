/**
 * Batches over many townships: {@link dev.devolve.batch.BatchRunner} assesses them on a pool of
 * threads with flat memory and hands results to a sink in input order; CSV and JSON Lines sinks
 * write them, through {@link dev.devolve.batch.AtomicFile} so that only a complete file ever
 * appears under the target name.
 */
package dev.devolve.batch;

/**
 * The JSON documents of runs built on the engine: what changes between two versions of the packs
 * ({@code devolve.diff/1}, {@link dev.devolve.output.report.DiffJson}) and a scenario run
 * ({@code devolve.test/1}, {@link dev.devolve.output.report.TestJson}). A package of its own because
 * those runs sit above the API, which the rest of the output layer sits below.
 */
package dev.devolve.output.report;

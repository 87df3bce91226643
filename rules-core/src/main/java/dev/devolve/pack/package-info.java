/**
 * Rule packs as files: the manifest ({@code pack.yaml}), dated parameters ({@code parameters.yaml}),
 * DRL sources under their package path and the matters catalog ({@code matters.csv}). The same
 * folder loads from the classpath, where the reference packs are bundled, and from a directory
 * that policy staff edit; {@link dev.devolve.pack.PackLoader} reads both and reports every problem
 * with its file, line and key.
 */
package dev.devolve.pack;

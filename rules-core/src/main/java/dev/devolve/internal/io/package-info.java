/**
 * Reading and writing: YAML/JSON and CSV parsed into values that remember their file, line and
 * column (so every complaint can name them), strict readers of the fact vocabulary, and the
 * deterministic JSON writer behind every document Devolve emits.
 */
package dev.devolve.internal.io;

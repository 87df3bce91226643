/**
 * Static checks of DRL from packs that are not trusted: deny by default, on the parsed DRL and its
 * code tokens, so that a pack cannot reach the JVM, files, the network or the engine, and every
 * rule ends.
 */
package dev.devolve.internal.lint;

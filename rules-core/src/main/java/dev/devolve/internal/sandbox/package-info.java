/**
 * The sandbox for packs that are not trusted, deny by default and in two layers: a check of each
 * DRL file's source, every expression parsed and walked against a small grammar
 * ({@link dev.devolve.internal.sandbox.SourceCheck}), and a check of the classes the executable
 * model compiles them to, before any is loaded ({@link dev.devolve.internal.sandbox.BytecodeVerifier}),
 * both against one allow-list.
 */
package dev.devolve.internal.sandbox;

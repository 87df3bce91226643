/**
 * The Drools layer: compiling packs into a KieBase with exact diagnostics, running sessions with a
 * listener that records which rule inserted which finding for which matter, and assembling those
 * records into decisions. Only this package touches {@code org.kie} and {@code org.drools} types.
 */
package dev.devolve.internal.drools;

/**
 * What Devolve throws and reports: exceptions, diagnostics, and the limits and escaping every input
 * value passes. Depends on nothing of Devolve but {@link dev.devolve.location}.
 */
package dev.devolve.error;

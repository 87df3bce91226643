/**
 * Places in sources: one {@link dev.devolve.location.SourceLocation} for every diagnostic, input error
 * and JSON {@code location} object. A leaf: it depends on no other Devolve package.
 */
package dev.devolve.location;

/**
 * What the engine produces: decisions, their explanations, assessments of a whole catalog and
 * fiscal splits. Immutable values.
 */
package dev.devolve.result;

/**
 * Turns what the rules of one run found into results: the outcome, mode, obligations and money of a
 * decision ({@link dev.devolve.explain.DecisionAssembler}), the explanation of every rule that fired
 * ({@code Explainer}) and what would have to change for a blocking rule not to block
 * ({@code WhatWouldChange}). No Drools type is used here.
 */
package dev.devolve.explain;

/**
 * The public API: {@link dev.devolve.api.PolicyEngine} (compile once, decide many times), the
 * requests and results it works with ({@link dev.devolve.api.DecisionRequest},
 * {@link dev.devolve.result.Decision}, {@link dev.devolve.result.Assessment},
 * {@link dev.devolve.result.Explanation}), diagnostics and exceptions, the national township list and
 * readers for fact files. Nothing here exposes Drools types, so the rule engine underneath can be
 * upgraded without breaking callers.
 */
package dev.devolve.api;

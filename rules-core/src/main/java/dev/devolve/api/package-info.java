/**
 * The public API: {@link dev.devolve.api.PolicyEngine} (compile once, decide many times), the
 * requests it takes ({@link dev.devolve.api.DecisionRequest}), decision logs and hot reloading. The
 * results are in {@link dev.devolve.result}, the exceptions and diagnostics in
 * {@link dev.devolve.error}, the fact readers and the national township list in
 * {@link dev.devolve.input}. Nothing here exposes Drools types, so the rule engine underneath can be
 * upgraded without breaking callers.
 */
package dev.devolve.api;

/**
 * The township duty lists and the admission gate: decides the delegation of the powers duties
 * exercise, hands those decisions to the duty rules, and runs the duty and admission sessions.
 */
package dev.devolve.internal.duties;

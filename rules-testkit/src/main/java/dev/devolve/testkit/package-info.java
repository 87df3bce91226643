/**
 * Test-suite glue for projects that validate rule packs: {@link dev.devolve.testkit.RuleVerifier}
 * checks, fact by fact, that a rule fires or does not, and reports the explanation on failure.
 */
package dev.devolve.testkit;

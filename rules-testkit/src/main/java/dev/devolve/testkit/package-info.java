/**
 * Test-suite glue for projects that validate rule packs: {@link dev.devolve.testkit.ScenarioSuite}
 * turns scenario files into JUnit 5 dynamic tests with a rule-coverage check, and
 * {@link dev.devolve.testkit.RuleVerifier} checks, fact by fact, that a rule fires or does not.
 */
package dev.devolve.testkit;

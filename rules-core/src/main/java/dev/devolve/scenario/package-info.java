/**
 * Scenario testing: YAML scenario files read strictly ({@link dev.devolve.scenario.ScenarioParser}),
 * one runner ({@link dev.devolve.scenario.ScenarioRunner}) behind the JUnit kit, {@code devolve test}
 * and the build, results that show expected against actual with the explanation, and rule coverage
 * that names the rules no scenario fired.
 */
package dev.devolve.scenario;

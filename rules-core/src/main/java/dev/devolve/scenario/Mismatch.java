package dev.devolve.scenario;

/**
 * One field where a scenario's result differs from what it expects.
 *
 * @param field    the field, e.g. {@code outcome}, {@code fiscal.countyTransfer}, {@code shares.central}
 * @param expected what the scenario expects
 * @param actual   what the engine decided
 */
public record Mismatch(String field, String expected, String actual) {

    @Override
    public String toString() {
        return SuiteResult.WORDS.en("mismatch", field, expected, actual);
    }
}

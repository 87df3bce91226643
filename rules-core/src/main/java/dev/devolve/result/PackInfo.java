package dev.devolve.result;

/**
 * Which pack produced a decision.
 *
 * @param id          pack id
 * @param version     pack version
 * @param contentHash SHA-256 of the files the engine reads from the pack (not READMEs or scenarios)
 * @param linted      whether the pack was held to the sandbox (source check and bytecode
 *                    verification); false when the engine was built with {@code trusted()}, which
 *                    skips both
 */
public record PackInfo(String id, String version, String contentHash, boolean linted) {
}

package dev.devolve.api;

/**
 * Which pack produced a decision.
 *
 * @param id          pack id
 * @param version     pack version
 * @param contentHash SHA-256 of the pack's files
 */
public record PackInfo(String id, String version, String contentHash) {
}

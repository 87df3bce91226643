package dev.devolve.api;

import dev.devolve.error.Diagnostic;
import dev.devolve.result.PackInfo;
import java.util.List;

/**
 * What a reload did.
 *
 * @param loaded      whether the new version was compiled and swapped in
 * @param serving     the packs the engine serves now: the new ones, or the previous ones when the
 *                    reload failed
 * @param diagnostics why a failed reload failed, each with its file and line
 */
public record ReloadResult(boolean loaded, List<PackInfo> serving, List<Diagnostic> diagnostics) {

    public ReloadResult {
        serving = List.copyOf(serving);
        diagnostics = List.copyOf(diagnostics);
    }
}

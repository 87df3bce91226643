package dev.devolve.examples.springboot;

import dev.devolve.api.PolicyEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.file.Path;
import java.util.Map;

/** Checks that the packs as they are now compile, without touching the engine that serves. */
@RestController
public class PackController {

    private final String packsDir;

    public PackController(@Value("${devolve.packs-dir:}") String packsDir) {
        this.packsDir = packsDir;
    }

    /**
     * {@code POST /packs/check}: builds a new engine from the packs, on the common pool within the
     * same time limit as at start, and lists them; or answers 422 with every diagnostic.
     */
    @PostMapping("/packs/check")
    public Map<String, Object> check() throws Exception {
        PolicyEngine built = EngineConfiguration.withinLimit(
                () -> packsDir.isBlank() ? PolicyEngine.builder().build() : EngineConfiguration.build(Path.of(packsDir)));
        return Map.of("packs", built.packs(), "rules", built.rules().size());
    }
}

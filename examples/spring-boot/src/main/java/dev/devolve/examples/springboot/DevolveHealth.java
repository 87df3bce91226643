package dev.devolve.examples.springboot;

import dev.devolve.api.ReloadResult;
import dev.devolve.api.ReloadingEngine;
import dev.devolve.result.PackInfo;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /actuator/health}: the packs serving (id → version) and, after a change to the pack
 * directory, whether the last reload compiled; a failed reload keeps the previous packs serving,
 * so the service stays UP and the details say what failed.
 */
@Component("devolve")
public class DevolveHealth implements HealthIndicator {

    private final ReloadingEngine engine;
    private final AtomicReference<ReloadResult> lastReload;

    public DevolveHealth(ReloadingEngine engine, AtomicReference<ReloadResult> lastReload) {
        this.engine = engine;
        this.lastReload = lastReload;
    }

    @Override
    public Health health() {
        Map<String, String> packs = new LinkedHashMap<>();
        for (PackInfo p : engine.current().packs()) {
            packs.put(p.id(), p.version());
        }
        Health.Builder health = Health.up().withDetail("packs", packs).withDetail("rules", engine.current().rules().size());
        ReloadResult reload = lastReload.get();
        if (reload != null) {
            health.withDetail("lastReload", Map.of("loaded", reload.loaded(),
                    "diagnostics", reload.diagnostics().stream().map(Object::toString).toList()));
        }
        return health.build();
    }
}

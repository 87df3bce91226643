package dev.devolve.internal.drools;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What this process computed from a set of packs, by key, for its next engines of the same packs:
 * the few most recently used, so that a process reloading ever-changing packs holds no more.
 */
final class Kept<V> {

    private static final int SIZE = 8;

    private final Map<String, V> values = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > SIZE;
        }
    };

    synchronized V get(String key) {
        return values.get(key);
    }

    /** Keeps the value unless one is kept for the key already; returns the one kept. */
    synchronized V keep(String key, V value) {
        return values.computeIfAbsent(key, k -> value);
    }

    synchronized void forget(String key) {
        values.remove(key);
    }
}

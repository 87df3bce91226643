package dev.devolve.internal.logging;

import org.apache.logging.log4j.spi.Provider;

/**
 * A log4j-api provider that sends to SLF4J, chosen only when no other provider is on the class
 * path: log4j-api picks the provider of highest priority ({@code log4j-to-slf4j} has 15,
 * {@code log4j-core} 10), and this one has 1. Without it, log4j-api reports on stderr that it
 * found no provider the first time POI logs.
 */
public final class FallbackLog4jProvider extends Provider {

    static final int PRIORITY = 1;

    public FallbackLog4jProvider() {
        super(PRIORITY, "2.6.0", Slf4jLoggerContext.Factory.class);
    }
}

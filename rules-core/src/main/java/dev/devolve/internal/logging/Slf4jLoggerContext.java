package dev.devolve.internal.logging;

import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.LoggerRegistry;
import org.slf4j.LoggerFactory;

import java.net.URI;

/** The one logger context of {@link FallbackLog4jProvider}: a log4j-api logger for each SLF4J logger. */
final class Slf4jLoggerContext implements LoggerContext {

    static final Slf4jLoggerContext INSTANCE = new Slf4jLoggerContext();

    private final LoggerRegistry<ExtendedLogger> loggers = new LoggerRegistry<>();

    private Slf4jLoggerContext() {
    }

    @Override
    public Object getExternalContext() {
        return null;
    }

    @Override
    public ExtendedLogger getLogger(String name) {
        return getLogger(name, null);
    }

    @Override
    public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
        ExtendedLogger logger = loggers.getLogger(name, messageFactory);
        if (logger == null) {
            loggers.putIfAbsent(name, messageFactory, new Slf4jLog4jLogger(name, messageFactory, LoggerFactory.getLogger(name)));
            logger = loggers.getLogger(name, messageFactory);
        }
        return logger;
    }

    @Override
    public boolean hasLogger(String name) {
        return loggers.hasLogger(name);
    }

    @Override
    public boolean hasLogger(String name, MessageFactory messageFactory) {
        return loggers.hasLogger(name, messageFactory);
    }

    @Override
    public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
        return loggers.hasLogger(name, messageFactoryClass);
    }

    /** Hands out the one context, whatever the caller. */
    public static final class Factory implements LoggerContextFactory {

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
            return INSTANCE;
        }

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
                                        URI configLocation, String name) {
            return INSTANCE;
        }

        @Override
        public void removeContext(LoggerContext context) {
            // The one context lives as long as the class loader.
        }

        @Override
        public boolean isClassLoaderDependent() {
            return false;
        }
    }
}

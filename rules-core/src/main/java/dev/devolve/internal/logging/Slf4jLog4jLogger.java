package dev.devolve.internal.logging;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.AbstractLogger;
import org.slf4j.Logger;

/**
 * A log4j-api logger writing to an SLF4J logger: FATAL and ERROR to error, WARN to warn, INFO to
 * info, DEBUG to debug, TRACE and finer to trace. Markers are not carried over.
 */
final class Slf4jLog4jLogger extends AbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient Logger target;

    Slf4jLog4jLogger(String name, MessageFactory messageFactory, Logger target) {
        super(name, messageFactory);
        this.target = target;
    }

    private boolean enabled(Level level) {
        if (level.isMoreSpecificThan(Level.ERROR)) {
            return target.isErrorEnabled();
        } else if (level.isMoreSpecificThan(Level.WARN)) {
            return target.isWarnEnabled();
        } else if (level.isMoreSpecificThan(Level.INFO)) {
            return target.isInfoEnabled();
        } else if (level.isMoreSpecificThan(Level.DEBUG)) {
            return target.isDebugEnabled();
        }
        return target.isTraceEnabled();
    }

    @Override
    public Level getLevel() {
        if (target.isTraceEnabled()) {
            return Level.TRACE;
        } else if (target.isDebugEnabled()) {
            return Level.DEBUG;
        } else if (target.isInfoEnabled()) {
            return Level.INFO;
        } else if (target.isWarnEnabled()) {
            return Level.WARN;
        }
        return target.isErrorEnabled() ? Level.ERROR : Level.OFF;
    }

    @Override
    public void logMessage(String fqcn, Level level, Marker marker, Message message, Throwable t) {
        String text = message.getFormattedMessage();
        if (level.isMoreSpecificThan(Level.ERROR)) {
            target.error(text, t);
        } else if (level.isMoreSpecificThan(Level.WARN)) {
            target.warn(text, t);
        } else if (level.isMoreSpecificThan(Level.INFO)) {
            target.info(text, t);
        } else if (level.isMoreSpecificThan(Level.DEBUG)) {
            target.debug(text, t);
        } else {
            target.trace(text, t);
        }
    }

    // Every check below comes down to the level: SLF4J decides by logger and level alone.

    @Override
    public boolean isEnabled(Level level, Marker marker, Message message, Throwable t) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, CharSequence message, Throwable t) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, Object message, Throwable t) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Throwable t) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object... params) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2, Object p3) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2, Object p3, Object p4) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5, Object p6) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5, Object p6, Object p7) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5, Object p6, Object p7, Object p8) {
        return enabled(level);
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5, Object p6, Object p7, Object p8, Object p9) {
        return enabled(level);
    }
}

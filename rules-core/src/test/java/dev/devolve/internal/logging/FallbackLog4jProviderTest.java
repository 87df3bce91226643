package dev.devolve.internal.logging;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no Log4j backend on the class path (as here: only slf4j-simple), log4j-api chooses the
 * fallback provider and what POI logs reaches SLF4J; nothing is printed about a missing provider.
 */
class FallbackLog4jProviderTest {

    @Test
    void log4jApiChoosesTheFallbackWhenNothingElseIsThere() {
        assertThat(LogManager.getFactory()).isInstanceOf(Slf4jLoggerContext.Factory.class);
        assertThat(LogManager.getLogger("org.apache.poi.example")).isInstanceOf(Slf4jLog4jLogger.class)
                .isSameAs(LogManager.getLogger("org.apache.poi.example"));
    }

    @Test
    void levelsFollowTheSlf4jLogger() {
        org.slf4j.Logger slf4j = org.slf4j.LoggerFactory.getLogger("org.apache.poi.levels");
        Logger log4j = LogManager.getLogger("org.apache.poi.levels");
        assertThat(log4j.isEnabled(Level.FATAL)).isEqualTo(slf4j.isErrorEnabled());
        assertThat(log4j.isEnabled(Level.WARN)).isEqualTo(slf4j.isWarnEnabled());
        assertThat(log4j.isEnabled(Level.INFO)).isEqualTo(slf4j.isInfoEnabled());
        assertThat(log4j.isEnabled(Level.DEBUG)).isEqualTo(slf4j.isDebugEnabled());
        assertThat(log4j.isEnabled(Level.TRACE)).isEqualTo(slf4j.isTraceEnabled());
    }

    @Test
    void aWarningReachesSlf4jFormatted() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LogManager.getLogger("org.apache.poi.warnings").warn("cell {} of sheet {} is odd", "B2", "list");
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("WARN org.apache.poi.warnings - cell B2 of sheet list is odd")
                .doesNotContain("could not find a logging provider");
    }
}

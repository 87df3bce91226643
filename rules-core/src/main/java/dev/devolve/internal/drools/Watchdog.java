package dev.devolve.internal.drools;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One thread for every engine that halts the sessions past their deadline, looking every few
 * milliseconds: registering a session is a set insert, with no thread to wake, which matters when a
 * decision takes microseconds.
 */
final class Watchdog {

    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    /** How often the watchdog looks at the sessions in progress. */
    private static final long TICK_MILLIS = 10;
    /** The sessions in progress, of every engine. */
    private static final Set<Recorder> ACTIVE = ConcurrentHashMap.newKeySet();

    static {
        Thread watchdog = new Thread(Watchdog::watch, "devolve-session-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private Watchdog() {
    }

    /** Puts a session in progress under watch. */
    static void add(Recorder r) {
        ACTIVE.add(r);
    }

    /** Ends the watch over a session. */
    static void remove(Recorder r) {
        ACTIVE.remove(r);
    }

    /** Halts every session past its deadline. */
    private static void watch() {
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                LOG.debug("session watchdog interrupted; deadlines are checked between firings only from now on");
                return;
            }
            long now = System.nanoTime();
            for (Recorder r : ACTIVE) {
                if (r.pastDeadline(now)) {
                    ACTIVE.remove(r);
                    r.alarm();
                }
            }
        }
    }
}

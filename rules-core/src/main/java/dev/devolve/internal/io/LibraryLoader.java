package dev.devolve.internal.io;

import java.util.function.Supplier;

/**
 * The class loader that loaded the library, used for everything the library reads from the class
 * path and put in force as the thread's context class loader around Drools work.
 *
 * <p>Drools resolves its services and generated classes through the context class loader of the
 * thread that happens to call it. A host's thread may carry any loader — none that sees Drools (a
 * common-pool thread inside an executable Spring Boot jar), or another application's — so the
 * library never relies on it: every build and every session runs under {@link #call}.
 */
public final class LibraryLoader {

    private static final ClassLoader LOADER = LibraryLoader.class.getClassLoader();

    private LibraryLoader() {
    }

    /** The library's own class loader. */
    public static ClassLoader get() {
        return LOADER;
    }

    /** Runs {@code work} with the library's class loader as context class loader, then restores the caller's. */
    public static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (previous == LOADER) {
            return work.get();
        }
        thread.setContextClassLoader(LOADER);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

package dev.devolve.internal.io;

import dev.devolve.error.DevolveException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * Checks that the service files the library depends on list the providers it needs. In a jar
 * that merges its dependencies (a shaded or assembled jar) without merging their
 * {@code META-INF/services} files, only one of two same-named files survives: Drools then wires
 * its static components and every rule fails to compile, or POI cannot read XLSX. This says so
 * before anything is built.
 */
public final class ServiceFiles {

    /** Service file → the provider that must be among those it lists. */
    static final Map<String, String> REQUIRED = Map.of(
            "META-INF/services/org.drools.wiring.api.ComponentsSupplier", "org.drools.wiring.dynamic.DynamicComponentsSupplier",
            "META-INF/services/org.apache.poi.ss.usermodel.WorkbookProvider", "org.apache.poi.xssf.usermodel.XSSFWorkbookFactory");

    private static volatile boolean checked;

    private ServiceFiles() {
    }

    /** Checks the library's own class path, once per process. */
    public static void require() {
        if (!checked) {
            require(LibraryLoader.get());
            checked = true;
        }
    }

    /**
     * @throws DevolveException naming the service file, what it lists and the provider missing
     */
    static void require(ClassLoader loader) {
        for (Map.Entry<String, String> e : REQUIRED.entrySet()) {
            List<String> listed = providers(loader, e.getKey());
            if (!listed.contains(e.getValue())) {
                throw new DevolveException(e.getKey() + " on the class path lists " + listed + " but not " + e.getValue()
                        + ": the service files of the library's dependencies were not merged; a shaded jar needs"
                        + " maven-shade-plugin's ServicesResourceTransformer (Gradle Shadow: mergeServiceFiles())");
            }
        }
    }

    private static List<String> providers(ClassLoader loader, String file) {
        List<String> out = new ArrayList<>();
        try {
            Enumeration<URL> urls = loader.getResources(file);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).forEach(out::add);
                }
            }
        } catch (IOException e) {
            throw new DevolveException("cannot read " + file + " from the class path: " + e.getMessage(), e);
        }
        return out;
    }
}

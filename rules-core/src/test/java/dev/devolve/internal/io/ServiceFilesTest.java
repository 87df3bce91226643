package dev.devolve.internal.io;

import dev.devolve.error.DevolveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/** A class path whose service files were not merged, as in a shaded jar without a services transformer. */
class ServiceFilesTest {

    @TempDir
    Path tmp;

    private URLClassLoader classPath(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = tmp.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null);
    }

    @Test
    void theLibrarysOwnClassPathHasEveryProvider() {
        assertThatCode(() -> ServiceFiles.require(LibraryLoader.get())).doesNotThrowAnyException();
    }

    @Test
    void onlyDroolsStaticWiringLeftIsNamed() throws IOException {
        try (URLClassLoader cl = classPath(Map.of(
                "META-INF/services/org.drools.wiring.api.ComponentsSupplier", "# licence\norg.drools.wiring.statics.StaticComponentsSupplier\n",
                "META-INF/services/org.apache.poi.ss.usermodel.WorkbookProvider", "org.apache.poi.xssf.usermodel.XSSFWorkbookFactory\n"))) {
            assertThatThrownBy(() -> ServiceFiles.require(cl))
                    .isInstanceOf(DevolveException.class)
                    .hasMessageStartingWith("META-INF/services/org.drools.wiring.api.ComponentsSupplier on the class path lists"
                            + " [org.drools.wiring.statics.StaticComponentsSupplier] but not org.drools.wiring.dynamic.DynamicComponentsSupplier")
                    .hasMessageContaining("ServicesResourceTransformer");
        }
    }

    @Test
    void poiWithoutItsXlsxReaderIsNamed() throws IOException {
        try (URLClassLoader cl = classPath(Map.of(
                "META-INF/services/org.drools.wiring.api.ComponentsSupplier", "org.drools.wiring.dynamic.DynamicComponentsSupplier\n",
                "META-INF/services/org.apache.poi.ss.usermodel.WorkbookProvider", "org.apache.poi.hssf.usermodel.HSSFWorkbookFactory\n"))) {
            assertThatThrownBy(() -> ServiceFiles.require(cl)).hasMessageContaining("but not org.apache.poi.xssf.usermodel.XSSFWorkbookFactory");
        }
    }
}

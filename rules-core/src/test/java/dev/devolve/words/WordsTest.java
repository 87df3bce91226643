package dev.devolve.words;

import dev.devolve.model.FactField;
import dev.devolve.model.FactTable;
import dev.devolve.model.Level;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.MatterCost;
import dev.devolve.model.Mode;
import dev.devolve.model.Obligation;
import dev.devolve.model.Outcome;
import dev.devolve.model.Provenance;
import dev.devolve.model.ServiceCategory;
import dev.devolve.model.Sharing;
import dev.devolve.model.Term;
import dev.devolve.model.UnfundedMandate;
import dev.devolve.scenario.SuiteResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordsTest {

    @Test
    void everyBundleHasTheSameKeysInEnglishAndChinese() throws IOException, URISyntaxException {
        Path classes = Path.of(Words.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> chinese;
        try (Stream<Path> files = Files.walk(classes)) {
            chinese = files.filter(p -> p.getFileName().toString().endsWith("_zh.properties")).toList();
        }
        assertThat(chinese).extracting(p -> classes.relativize(p).toString().replace('\\', '/'))
                .contains("dev/devolve/explain/sentences_zh.properties", "dev/devolve/scenario/report_zh.properties",
                        "dev/devolve/result/values_zh.properties", "dev/devolve/words/terms_zh.properties");
        for (Path zh : chinese) {
            if (zh.getFileName().toString().equals("terms_zh.properties")) {
                continue; // in English a word is its code
            }
            Path en = zh.resolveSibling(zh.getFileName().toString().replace("_zh.properties", ".properties"));
            assertThat(read(zh).stringPropertyNames()).as(zh.toString()).isEqualTo(read(en).stringPropertyNames());
        }
    }

    @Test
    void everyWordAFactTakesAndEveryOutputWordHasAChineseName() {
        List<Class<? extends Enum<?>>> enums = new ArrayList<>(List.of(Outcome.class, Mode.class, Obligation.class, Level.class,
                ServiceCategory.class, Sharing.class, MatterCategory.class, UnfundedMandate.Kind.class, MatterCost.Payer.class,
                Provenance.Status.class));
        for (FactTable t : FactTable.all()) {
            t.fields().stream().map(FactField::words).filter(w -> w != null).forEach(enums::add);
        }
        for (Class<? extends Enum<?>> e : enums) {
            assertThat(Term.class).as(e.getName()).isAssignableFrom(e);
            for (Enum<?> word : e.getEnumConstants()) {
                assertThat(Words.term(word)).as(e.getName() + "." + word).isNotBlank().doesNotContainPattern("[A-Za-z]");
            }
        }
    }

    @Test
    void aWordIsItsCodeInEnglishAndItsChineseNameWithTheCodeInChinese() {
        assertThat(Words.named(Outcome.RETAIN, Language.EN)).isEqualTo("RETAIN");
        assertThat(Words.named(Outcome.RETAIN, Language.ZH)).isEqualTo("保留在县级（RETAIN）");
        assertThat(Outcome.RETAIN.zh()).isEqualTo("保留在县级");
        assertThat(Words.named(UnfundedMandate.Kind.NO_TRANSFER, Language.ZH)).isEqualTo("未转移经费（NO_TRANSFER）");
    }

    @Test
    void argumentsAreReplacedAsWrittenAndEnglishIsTheBaseWhateverTheDefaultLocale() {
        Words sentences = Words.of(SuiteResult.class, "report");
        assertThat(sentences.en("summary", 1234567, "it's")).isEqualTo("1234567 passed, it's failed");
        assertThat(sentences.zh("summary", 3, 0)).isEqualTo("3 个通过，0 个失败");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Words.of(SuiteResult.class, "report").en("summary", 1, 2)).isEqualTo("1 passed, 2 failed");
        } finally {
            Locale.setDefault(before);
        }
        assertThatThrownBy(() -> sentences.en("no.such.key")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void anArgumentsOwnTextIsNeverReadAsAPlaceholder() {
        Words sentences = Words.of(SuiteResult.class, "report");
        assertThat(sentences.en("summary", "{1}", "x")).isEqualTo("{1} passed, x failed");
        assertThat(sentences.en("summary", "only one")).isEqualTo("only one passed, {1} failed");
        assertThat(sentences.en("summary")).isEqualTo("{0} passed, {1} failed");
    }

    private static Properties read(Path p) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }
}

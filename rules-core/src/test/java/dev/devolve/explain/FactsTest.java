package dev.devolve.explain;

import dev.devolve.internal.drools.Evaluator;
import dev.devolve.model.CentralShare;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.Param;
import dev.devolve.model.Provenance;
import dev.devolve.model.Township;
import dev.devolve.words.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Filling a rule's sentence with the facts of a request. */
class FactsTest {

    private final Facts facts = Facts.of(Township.builder().code("330122101").name("富春江镇").build(), LocalDate.of(2024, 3, 1),
            List.of(), List.of(Matter.builder().code("UM-001").category(MatterCategory.PENALTY).build()), List.of());

    @Test
    void placeholdersAreFilledAndEverythingElseIsLeftAsWritten() {
        assertThat(facts.render("no placeholder", Language.EN)).isEqualTo("no placeholder");
        assertThat(facts.render("{matter.code} in {township.name}", Language.EN)).isEqualTo("UM-001 in 富春江镇");
        assertThat(facts.render("{} stays; {no.such.fact} is unknown", Language.EN)).isEqualTo("{} stays; unknown is unknown");
        assertThat(facts.render("a{b{matter.code}}c", Language.EN)).isEqualTo("a{bUM-001}c");
        assertThat(facts.render("open {matter.code", Language.EN)).isEqualTo("open {matter.code");
        assertThat(facts.render("{asOf}", Language.EN)).isEqualTo("2024-03-01");
    }

    @Test
    void aSentenceOfBracesOnlyIsLeftAsWritten() {
        String braces = "{".repeat(4_000) + "}" + "{".repeat(4_000);
        assertThat(facts.render(braces, Language.EN)).isEqualTo(braces);
        assertThat(facts.render("{".repeat(4_000) + "matter.code}", Language.EN)).isEqualTo("{".repeat(3_999) + "UM-001");
    }

    @Test
    void aWordTheSentenceBracketsIsWrittenAsItsCode() {
        assertThat(facts.render("执法类事项（{matter.category}）", Language.ZH)).isEqualTo("执法类事项（PENALTY）");
        assertThat(facts.render("类别 {matter.category}", Language.ZH)).isNotEqualTo("类别 PENALTY").contains("（PENALTY）");
    }

    @Test
    void whatThousandsOfFiringsDerivedIsOneLayerAndTheLastValueWins() {
        List<Evaluator.Firing> firings = IntStream.range(0, 10_000)
                .mapToObj(i -> new Evaluator.Firing(null, List.of(new CentralShare(BigDecimal.valueOf(i, 4), false)))).toList();
        Facts derived = Facts.of(Township.builder().code("330122101").build(), LocalDate.of(2024, 3, 1), List.of(),
                List.of(Matter.builder().code("UM-001").build()), firings);
        assertThat(derived.layers()).hasSize(4);
        assertThat(derived.value("split.centralShare")).contains(BigDecimal.valueOf(9_999, 4));
    }

    @Test
    void eachRequestReadsItsOwnParametersWhateverListCameBefore() {
        Township t = Township.builder().code("330122101").build();
        List<Param> low = List.of(param("capacity.min_certified_officers", 2));
        List<Param> high = List.of(param("capacity.min_certified_officers", 5));
        for (List<Param> params : List.of(low, high, low, List.<Param>of(), high)) {
            Facts f = Facts.of(t, LocalDate.of(2024, 3, 1), params, List.of(), List.of());
            assertThat(f.value("capacity.min_certified_officers"))
                    .isEqualTo(params.isEmpty() ? Optional.empty() : Optional.of(params.get(0).getValue()));
        }
    }

    @Test
    void aListOfParametersChangedBetweenRequestsIsReadAsItIsNow() {
        Township t = Township.builder().code("330122101").build();
        List<Param> params = new java.util.ArrayList<>(List.of(param("capacity.min_certified_officers", 2)));
        assertThat(Facts.of(t, LocalDate.of(2024, 3, 1), params, List.of(), List.of()).value("capacity.min_certified_officers"))
                .contains(BigDecimal.valueOf(2));
        params.set(0, param("capacity.min_certified_officers", 7));
        assertThat(Facts.of(t, LocalDate.of(2024, 3, 1), params, List.of(), List.of()).value("capacity.min_certified_officers"))
                .contains(BigDecimal.valueOf(7));
    }

    private static Param param(String name, int value) {
        return new Param(name, BigDecimal.valueOf(value), LocalDate.of(2020, 1, 1),
                new Provenance(Optional.empty(), Optional.of("a test"), Provenance.Status.MODELLED, Optional.empty()));
    }

    @Test
    void aLaterLayerHidesAnEarlierOneEvenWithAnUnknownValue() {
        Map<String, Object> unknown = new HashMap<>(Collections.singletonMap("x.a", null));
        assertThat(new Facts(List.of(Map.of("x.a", "first"), unknown), Map.of(), Set.of()).value("x.a")).isEmpty();
        assertThat(new Facts(List.of(Map.of("x.a", "first"), Map.of()), Map.of(), Set.of()).value("x.a")).contains("first");
    }
}

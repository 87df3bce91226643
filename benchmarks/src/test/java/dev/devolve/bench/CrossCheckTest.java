package dev.devolve.bench;

import dev.devolve.api.PolicyEngine;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.ProfessionalDemand;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipClass;
import dev.devolve.model.TownshipKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine and the hand-written baseline agree. The whole national run is checked by
 * {@link CrossCheck#main}; here a sample of it, and randomised facts that reach every branch.
 */
class CrossCheckTest {

    private static PolicyEngine engine;

    @BeforeAll
    static void build() {
        engine = PolicyEngine.builder().build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-06-01", "2021-07-14", "2024-03-01"})
    void agreeOnASampleOfTheNationalRun(String date) {
        NationalTownships list = NationalTownships.get();
        List<Township> sample = IntStream.range(0, list.size()).filter(i -> i % 400 == 0)
                .mapToObj(i -> list.require(list.codes().get(i))).toList();
        CrossCheck.Report r = CrossCheck.national(engine, sample.iterator(), sample.size(), LocalDate.parse(date), 2);
        assertThat(r.decisions()).isEqualTo(sample.size() * 80L);
        assertThat(r.examples()).isEmpty();
        assertThat(r.disagreements()).isZero();
    }

    @Test
    void agreeOnRandomisedFactsProvincesAndDates() {
        SplittableRandom r = new SplittableRandom(2017);
        List<Matter> catalog = engine.catalog();
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            LocalDate asOf = LocalDate.of(2017, 3, 1).plusDays(r.nextInt(3300));
            Township t = township(r);
            Matter m = matter(r, catalog.get(r.nextInt(catalog.size())));
            ProvinceContext p = province(r, asOf);
            Baseline baseline = CrossCheck.baseline(engine, t.getProvinceCode(), asOf);
            CrossCheck.one(engine, baseline, t, m, p, asOf).forEach(d -> disagreements.add(d + " asOf " + asOf + " " + t + " " + m + " " + p));
        }
        assertThat(disagreements).isEmpty();
    }

    private static Township township(SplittableRandom r) {
        TownshipKind[] kinds = TownshipKind.values();
        Township.Builder b = Township.builder().code((r.nextBoolean() ? "4101220" : "3301220") + (10 + r.nextInt(80)))
                .kind(r.nextInt(10) == 0 ? null : kinds[r.nextInt(kinds.length)]);
        if (r.nextInt(10) == 0) {
            b.code(null);
        }
        Set<TownshipClass> classes = EnumSet.noneOf(TownshipClass.class);
        for (TownshipClass c : TownshipClass.values()) {
            if (r.nextInt(4) == 0) {
                classes.add(c);
            }
        }
        return b.classes(classes).enforcementTeam(maybe(r, r.nextInt(5) > 0)).certifiedOfficers(maybe(r, r.nextInt(9)))
                .legalReviewers(maybe(r, r.nextInt(3))).capacityAssessed(maybe(r, r.nextInt(4) > 0))
                .serviceCentre(maybe(r, r.nextInt(6) > 0)).countyManagedFinance(maybe(r, r.nextBoolean())).build();
    }

    private static Matter matter(SplittableRandom r, Matter base) {
        MatterCategory[] categories = MatterCategory.values();
        ProfessionalDemand[] demands = ProfessionalDemand.values();
        Matter.Builder b = base.toBuilder();
        switch (r.nextInt(8)) {
            case 0 -> b.category(maybe(r, categories[r.nextInt(categories.length)]));
            case 1 -> b.professionalDemand(maybe(r, demands[r.nextInt(demands.length)]));
            case 2 -> b.annualCases(maybe(r, BigDecimal.valueOf(r.nextInt(30)))).spread(maybe(r, BigDecimal.valueOf(r.nextInt(101), 2)));
            case 3 -> b.facesPublic(maybe(r, r.nextBoolean())).field(null);
            case 4 -> b.reservedToCounty(r.nextBoolean()).majorPenalty(r.nextBoolean()).unitCost(maybe(r, BigDecimal.valueOf(r.nextInt(2000))));
            case 5 -> b.restrictsPersonalFreedom(r.nextInt(4) == 0).statutoryTownshipPower(r.nextInt(4) == 0).nonTerritorial(r.nextInt(4) == 0);
            default -> { }
        }
        return b.build();
    }

    private static ProvinceContext province(SplittableRandom r, LocalDate asOf) {
        if (r.nextInt(4) == 0) {
            return ProvinceContext.NONE;
        }
        Set<TownshipKind> listed = EnumSet.noneOf(TownshipKind.class);
        for (TownshipKind k : TownshipKind.values()) {
            if (r.nextBoolean()) {
                listed.add(k);
            }
        }
        LocalDate decided = asOf.minusDays(r.nextInt(1500) - 300);
        ProvinceContext p = new ProvinceContext(r.nextInt(6) > 0, decided, listed, null, null);
        return r.nextInt(5) == 0 ? p.recalled(asOf.minusDays(r.nextInt(200) - 100)) : p;
    }

    private static <T> T maybe(SplittableRandom r, T value) {
        return r.nextInt(12) == 0 ? null : value;
    }
}

package dev.devolve.pack;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.error.DecisionException;
import dev.devolve.error.DevolveException;
import dev.devolve.internal.io.Documents;
import dev.devolve.internal.io.FactReader;
import dev.devolve.model.Matter;
import dev.devolve.model.Township;
import dev.devolve.scenario.ScenarioParser;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed input of every kind the product reads — township and matter files, scenario files,
 * catalog rows, parameter files — gives a typed error or a valid result: never another exception,
 * a hang, or a decision that fails.
 */
class MalformedInputProperties {

    private static final String TOWNSHIP = """
            {"code": "410122101", "kind": "TOWN", "classes": ["CENTRAL_TOWN"], "enforcementTeam": true,
             "certifiedOfficers": 8, "legalReviewers": 1, "capacityAssessed": true, "serviceCentre": true, "ownRevenue": 1200.5}
            """;
    private static final String MATTER = """
            code: UM-001
            category: PENALTY
            field: URBAN_MANAGEMENT
            facesPublic: true
            annualCases: 40
            spread: 0.8
            professionalDemand: MEDIUM
            unitCost: 800
            """;
    private static final String SCENARIOS = """
            asOf: 2024-03-01
            scenarios:
              - name: a town takes stalls
                township: { code: "410122101", kind: TOWN, enforcementTeam: true, certifiedOfficers: 8 }
                matter: { code: A, category: PENALTY, annualCases: 40 }
                province: { decisionPublished: true, decisionDate: 2022-01-01, listedFor: [TOWN] }
                duty: 100
                expect:
                  outcome: DELEGATE
                  mode: null
                  fiscal: { annualCost: 32000 }
                  mandates: [{ kind: NO_TRANSFER, amount: 3 }]
              - name: a split
                township: { code: "510104017", kind: TOWN }
                service: { category: PUBLIC_HEALTH, sharing: TIERED, amount: 1000 }
                expect:
                  fiscal: { shares: { central: 0.8 }, tier: 1 }
            """;
    private static final String CATALOG = """
            code,name,category,field,facesPublic,annualCases,spread,professionalDemand,unitCost
            A,"busy, matter",PENALTY,URBAN_MANAGEMENT,true,30,0.9,LOW,100
            B,quiet matter,LICENSING,MARKET,true,5,0.9,LOW,100
            """;
    private static final String PARAMETERS = """
            tiny.min_cases:
              type: NUMBER
              description: {zh: 最少, en: Minimum}
              values:
                - since: 2020-01-01
                  value: 10
                  note: "test"
                  status: modelled
            fiscal.split:
              type: TABLE
              sumsTo: 1
              description: {zh: 分担, en: Split}
              values:
                - since: 2020-01-01
                  value: {province: 0.5, county: 0.5}
                  note: "test"
                  status: modelled
            """;

    private static PolicyEngine engine;
    private static Path dir;

    @BeforeContainer
    static void setUp() throws IOException, URISyntaxException {
        dir = Files.createTempDirectory("devolve-fuzz");
        Path pack = Path.of(MalformedInputProperties.class.getResource("/packs/tiny").toURI());
        engine = PolicyEngine.builder().packDirectory(pack).build();
    }

    /** Deletes {@code delete} characters at {@code at} (modulo the length) and inserts {@code insert} there. */
    private static String edit(String text, int at, int delete, String insert) {
        int p = at % (text.length() + 1);
        int end = Math.min(text.length(), p + delete);
        return text.substring(0, p) + insert + text.substring(end);
    }

    @Property(tries = 400)
    void townshipFilesGiveATownshipThatCanBeDecidedOrATypedError(@ForAll @IntRange(max = 400) int at,
                                                                 @ForAll @IntRange(max = 12) int delete,
                                                                 @ForAll @StringLength(max = 8) String insert) {
        String text = edit(TOWNSHIP, at, delete, insert);
        Township t;
        try {
            t = FactReader.township(Documents.parse("t.json", text).asMap());
        } catch (DevolveException e) {
            assertThat(e.getMessage()).startsWith("t.json");
            return;
        }
        decide(t, FactReader.matter(Documents.parse("m.yaml", MATTER).asMap()));
    }

    @Property(tries = 400)
    void matterFilesGiveAMatterThatCanBeDecidedOrATypedError(@ForAll @IntRange(max = 300) int at,
                                                             @ForAll @IntRange(max = 12) int delete,
                                                             @ForAll @StringLength(max = 8) String insert) {
        String text = edit(MATTER, at, delete, insert);
        Matter m;
        try {
            m = FactReader.matter(Documents.parse("m.yaml", text).asMap());
        } catch (DevolveException e) {
            assertThat(e.getMessage()).startsWith("m.yaml");
            return;
        }
        decide(FactReader.township(Documents.parse("t.json", TOWNSHIP).asMap()), m);
    }

    private static void decide(Township t, Matter m) {
        try {
            assertThat(engine.decide(DecisionRequest.of(t, m, LocalDate.of(2024, 3, 1))).outcome()).isNotNull();
        } catch (DecisionException e) {
            assertThat(e.code()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void scenarioFilesParseOrNameWhereTheyAreWrong(@ForAll @IntRange(max = 900) int at,
                                                   @ForAll @IntRange(max = 12) int delete,
                                                   @ForAll @StringLength(max = 8) String insert) {
        Path file = write("scenarios.yaml", edit(SCENARIOS, at, delete, insert));
        try {
            assertThat(ScenarioParser.parse(file).scenarios()).isNotEmpty();
        } catch (DevolveException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void catalogRowsParseOrNameTheirLine(@ForAll @IntRange(max = 250) int at, @ForAll @IntRange(max = 12) int delete,
                                         @ForAll @StringLength(max = 8) String insert) {
        try {
            assertThat(CatalogReader.catalog("matters.csv", edit(CATALOG, at, delete, insert))).isNotNull();
        } catch (DevolveException e) {
            assertThat(e.getMessage()).startsWith("matters.csv");
        }
    }

    @Property(tries = 300)
    void parameterFilesParseOrNameTheirLine(@ForAll @IntRange(max = 500) int at, @ForAll @IntRange(max = 12) int delete,
                                            @ForAll @StringLength(max = 8) String insert) {
        try {
            assertThat(ParameterYaml.parameters("parameters.yaml", edit(PARAMETERS, at, delete, insert))).isNotNull();
        } catch (DevolveException e) {
            assertThat(e.getMessage()).startsWith("parameters.yaml");
        }
    }

    private static Path write(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

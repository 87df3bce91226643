package dev.devolve.input;

import dev.devolve.model.Township;
import dev.devolve.model.TownshipClass;
import dev.devolve.model.TownshipFacts;
import dev.devolve.model.TownshipKind;
import dev.devolve.model.TownshipObject;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the township attributes the national list lacks (population, staff, revenue, classes,
 * objects),
 * deterministically from the code with a fixed seed. Every value made here is <b>synthetic</b>: it
 * is marked so on the township ({@link Township#getSyntheticFacts()}) and in every output.
 *
 * <p>Distributions by kind (street / town / township and ethnic township / sumu / other unit):
 * <ul>
 *   <li>population: log-normal, σ 0.5, medians 55,000 / 32,000 / 14,000 / 6,000 / 9,000;</li>
 *   <li>enforcementTeam: probability 0.92 / 0.85 / 0.60 / 0.45 / 0.35;</li>
 *   <li>certifiedOfficers: with a team, log-normal σ 0.4 around 9 / 7 / 4.5 / 3 / 3 (at least 1);
 *       without, 0 or 1;</li>
 *   <li>legalReviewers: with a team, 1 or 2 with probability 0.85, else 0; without a team 0;</li>
 *   <li>serviceCentre: probability 0.98 / 0.96 / 0.90 / 0.85 / 0.55;</li>
 *   <li>capacityAssessed: probability 0.75 with a team, 0.10 without;</li>
 *   <li>countyManagedFinance: probability 0.25 / 0.60 / 0.90 / 0.90 / 0.50;</li>
 *   <li>ownRevenue: population × 2,500 / 1,200 / 400 / 500 / 2,000 yuan, times log-normal σ 0.6;</li>
 *   <li>classes: streets URBANISED 0.85; towns ECONOMICALLY_DEVELOPED_TOWN 0.08, COUNTY_SUBCENTRE 0.06,
 *       CENTRAL_TOWN 0.20, URBANISED 0.15; townships REMOTE 0.35, CENTRAL_TOWN 0.03; sumu REMOTE 0.70;
 *       other units URBANISED 0.30;</li>
 *   <li>objects: each word independently, with the probabilities of {@link #OBJECT_ODDS} (e.g. FARMLAND
 *       0.20 / 0.90 / 0.95 / 0.60 / 0.60, GRASSLANDS 0.01 / 0.10 / 0.20 / 0.90 / 0.20), drawn after
 *       every other attribute.</li>
 * </ul>
 */
public final class SyntheticAttributes {

    /** The fixed seed; changing it changes every generated attribute. */
    public static final long SEED = 0x5EED_2017_0220L;

    /** The paths of the facts this class generates. */
    public static final Set<String> PATHS = Set.of("township.population", "township.enforcementTeam",
            "township.certifiedOfficers", "township.legalReviewers", "township.serviceCentre",
            "township.capacityAssessed", "township.countyManagedFinance", "township.ownRevenue", "township.classes", "township.objects");

    /** For each object word, the probability that a street / town / township / sumu / other unit has it. */
    public static final Map<TownshipObject, List<Double>> OBJECT_ODDS = odds();

    private SyntheticAttributes() {
    }

    /** A township with the real code and name, the kind derived from the code, and generated attributes. */
    public static Township generate(String code, String name) {
        TownshipKind kind = TownshipKind.fromCode(code, name);
        int k = switch (kind) {
            case STREET -> 0;
            case TOWN -> 1;
            case TOWNSHIP, ETHNIC_TOWNSHIP -> 2;
            case SUMU -> 3;
            case OTHER -> 4;
        };
        SplittableRandom r = new SplittableRandom(SEED ^ Long.parseLong(code.substring(0, 9)) * 0x9E3779B97F4A7C15L);
        int population = (int) Math.round(new double[] {55_000, 32_000, 14_000, 6_000, 9_000}[k] * Math.exp(0.5 * r.nextGaussian()));
        boolean team = r.nextDouble() < new double[] {0.92, 0.85, 0.60, 0.45, 0.35}[k];
        int officers = team
                ? Math.max(1, (int) Math.round(new double[] {9, 7, 4.5, 3, 3}[k] * Math.exp(0.4 * r.nextGaussian())))
                : r.nextInt(2);
        int reviewers = team && r.nextDouble() < 0.85 ? 1 + r.nextInt(2) : 0;
        boolean centre = r.nextDouble() < new double[] {0.98, 0.96, 0.90, 0.85, 0.55}[k];
        boolean assessed = r.nextDouble() < (team ? 0.75 : 0.10);
        boolean countyManaged = r.nextDouble() < new double[] {0.25, 0.60, 0.90, 0.90, 0.50}[k];
        long revenue = Math.round(population * new double[] {2_500, 1_200, 400, 500, 2_000}[k] * Math.exp(0.6 * r.nextGaussian()));
        Set<TownshipClass> classes = EnumSet.noneOf(TownshipClass.class);
        switch (kind) {
            case STREET -> draw(r, 0.85, TownshipClass.URBANISED, classes);
            case TOWN -> {
                draw(r, 0.08, TownshipClass.ECONOMICALLY_DEVELOPED_TOWN, classes);
                draw(r, 0.06, TownshipClass.COUNTY_SUBCENTRE, classes);
                draw(r, 0.20, TownshipClass.CENTRAL_TOWN, classes);
                draw(r, 0.15, TownshipClass.URBANISED, classes);
            }
            case TOWNSHIP, ETHNIC_TOWNSHIP -> {
                draw(r, 0.35, TownshipClass.REMOTE, classes);
                draw(r, 0.03, TownshipClass.CENTRAL_TOWN, classes);
            }
            case SUMU -> draw(r, 0.70, TownshipClass.REMOTE, classes);
            case OTHER -> draw(r, 0.30, TownshipClass.URBANISED, classes);
        }
        Set<TownshipObject> objects = EnumSet.noneOf(TownshipObject.class);
        OBJECT_ODDS.forEach((o, p) -> draw(r, p.get(k), o, objects));
        return Township.builder().code(code).name(name).kind(kind).classes(classes).population(population)
                .enforcementTeam(team).certifiedOfficers(officers).legalReviewers(reviewers).serviceCentre(centre)
                .capacityAssessed(assessed).countyManagedFinance(countyManaged).ownRevenue(BigDecimal.valueOf(revenue))
                .set(TownshipFacts.OBJECTS, objects).synthetic(PATHS).build();
    }

    private static Map<TownshipObject, List<Double>> odds() {
        Map<TownshipObject, List<Double>> m = new EnumMap<>(TownshipObject.class);
        m.put(TownshipObject.MINES, List.of(0.02, 0.15, 0.20, 0.25, 0.10));
        m.put(TownshipObject.FORESTS, List.of(0.05, 0.45, 0.65, 0.40, 0.30));
        m.put(TownshipObject.GRASSLANDS, List.of(0.01, 0.10, 0.20, 0.90, 0.20));
        m.put(TownshipObject.RIVERS_AND_LAKES, List.of(0.40, 0.70, 0.70, 0.50, 0.50));
        m.put(TownshipObject.COASTLINE, List.of(0.05, 0.08, 0.06, 0.0, 0.05));
        m.put(TownshipObject.FARMLAND, List.of(0.20, 0.90, 0.95, 0.60, 0.60));
        m.put(TownshipObject.HAZARDOUS_CHEMICALS, List.of(0.30, 0.35, 0.10, 0.05, 0.20));
        m.put(TownshipObject.SPECIAL_EQUIPMENT, List.of(0.90, 0.75, 0.40, 0.30, 0.50));
        m.put(TownshipObject.GAS_SUPPLY, List.of(0.95, 0.70, 0.30, 0.20, 0.60));
        m.put(TownshipObject.CONSTRUCTION_SITES, List.of(0.90, 0.75, 0.40, 0.25, 0.60));
        m.put(TownshipObject.INDUSTRIAL_ENTERPRISES, List.of(0.70, 0.80, 0.35, 0.15, 0.50));
        m.put(TownshipObject.FOOD_BUSINESSES, List.of(0.99, 0.97, 0.90, 0.80, 0.85));
        m.put(TownshipObject.SCENIC_AREAS, List.of(0.15, 0.25, 0.20, 0.25, 0.20));
        m.put(TownshipObject.LIVESTOCK_FARMS, List.of(0.05, 0.60, 0.75, 0.95, 0.40));
        m.put(TownshipObject.SCHOOLS, List.of(0.97, 0.97, 0.92, 0.85, 0.70));
        m.put(TownshipObject.CULTURAL_RELICS, List.of(0.30, 0.40, 0.35, 0.20, 0.25));
        return Collections.unmodifiableMap(m);
    }

    private static <E extends Enum<E>> void draw(SplittableRandom r, double p, E c, Set<E> into) {
        if (r.nextDouble() < p) {
            into.add(c);
        }
    }
}

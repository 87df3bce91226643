package dev.devolve.internal.io;

import dev.devolve.api.CountyMandates;
import dev.devolve.api.InputLimits;
import dev.devolve.api.SafeText;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.MatterField;
import dev.devolve.model.ProfessionalDemand;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ServiceCategory;
import dev.devolve.model.SharedService;
import dev.devolve.model.Sharing;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipClass;
import dev.devolve.model.TownshipKind;
import dev.devolve.model.TownshipObject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads township, matter and province facts from any {@link Fields} source with the exact
 * vocabulary of the fact model, rejecting unknown keys and bad values with their location.
 */
public final class FactReader {

    /** Every key a township record may have. */
    public static final List<String> TOWNSHIP_KEYS = List.of("code", "name", "kind", "classes", "population",
            "enforcementTeam", "certifiedOfficers", "legalReviewers", "serviceCentre", "capacityAssessed",
            "countyManagedFinance", "ownRevenue", "objects");

    /** Every key a matter record may have. */
    public static final List<String> MATTER_KEYS = List.of("code", "name", "department", "category", "field",
            "facesPublic", "annualCases", "spread", "professionalDemand", "restrictsPersonalFreedom", "majorPenalty",
            "nonTerritorial", "reservedToCounty", "statutoryTownshipPower", "unitCost", "basis");

    private FactReader() {
    }

    public static Township township(Fields f) {
        Township.Builder b = Township.builder();
        String code = f.string("code");
        guard(f, "code", () -> b.code(code));
        b.name(f.string("name"))
                .kind(f.enumValue("kind", TownshipKind.class))
                .classes(f.enumSet("classes", TownshipClass.class));
        Integer population = f.integer("population");
        guard(f, "population", () -> b.population(population));
        b.enforcementTeam(f.bool("enforcementTeam"));
        Integer officers = f.integer("certifiedOfficers");
        guard(f, "certifiedOfficers", () -> b.certifiedOfficers(officers));
        Integer reviewers = f.integer("legalReviewers");
        guard(f, "legalReviewers", () -> b.legalReviewers(reviewers));
        b.serviceCentre(f.bool("serviceCentre"))
                .capacityAssessed(f.bool("capacityAssessed"))
                .countyManagedFinance(f.bool("countyManagedFinance"));
        var revenue = yuan(f, "ownRevenue");
        guard(f, "ownRevenue", () -> b.ownRevenue(revenue));
        if (f.has("objects")) {
            b.objects(f.enumSet("objects", TownshipObject.class));
        }
        f.finish();
        return b.build();
    }

    public static Matter matter(Fields f) {
        Matter.Builder b = Matter.builder()
                .code(f.string("code"))
                .name(f.string("name"))
                .department(f.string("department"))
                .category(f.enumValue("category", MatterCategory.class))
                .field(f.enumValue("field", MatterField.class))
                .facesPublic(f.bool("facesPublic"))
                .professionalDemand(f.enumValue("professionalDemand", ProfessionalDemand.class))
                .restrictsPersonalFreedom(flag(f, "restrictsPersonalFreedom"))
                .majorPenalty(flag(f, "majorPenalty"))
                .nonTerritorial(flag(f, "nonTerritorial"))
                .reservedToCounty(flag(f, "reservedToCounty"))
                .statutoryTownshipPower(flag(f, "statutoryTownshipPower"))
                .basis(f.string("basis"));
        var cases = f.decimal("annualCases");
        guard(f, "annualCases", () -> b.annualCases(cases));
        var spread = f.decimal("spread");
        guard(f, "spread", () -> b.spread(spread));
        var unitCost = yuan(f, "unitCost");
        guard(f, "unitCost", () -> b.unitCost(unitCost));
        f.finish();
        return b.build();
    }

    public static ProvinceContext province(Fields f) {
        Boolean published = f.bool("decisionPublished");
        LocalDate date = f.date("decisionDate");
        Set<TownshipKind> listed = f.enumSet("listedFor", TownshipKind.class);
        LocalDate recalled = f.date("recalledOn");
        String document = f.string("document");
        f.finish();
        if (published == null && date != null) {
            // Publication is what APL2021 art.24 requires; never assume it.
            throw f.errorAt("decisionDate", "give province.decisionPublished (true or false) with province.decisionDate");
        }
        boolean isPublished = published != null && published;
        if (isPublished && date == null) {
            throw f.errorAt("decisionPublished", "province.decisionDate is required when the decision is published");
        }
        return new ProvinceContext(isPublished, date, listed, recalled, document);
    }

    public static SharedService service(Fields f) {
        String code = f.string("code");
        String name = f.string("name");
        ServiceCategory category = f.enumValue("category", ServiceCategory.class);
        Sharing sharing = f.enumValue("sharing", Sharing.class);
        BigDecimal amount = yuan(f, "amount");
        if (category == null) {
            throw f.errorAt("category", "a service needs a category");
        }
        if (amount == null) {
            throw f.errorAt("amount", "a service needs an amount in yuan");
        }
        f.finish();
        return new SharedService(code, name, category, sharing, amount);
    }

    /**
     * Reads {@code duties:} and {@code transfers:}, each a list of {@code {matter, amount}}; each
     * matter code must be one {@code known} accepts, or the error names where it is written.
     */
    public static CountyMandates mandates(Node.MapNode root, Predicate<String> known) {
        Map<String, BigDecimal> duties = amounts(root.get("duties"), "duty", known);
        Map<String, BigDecimal> transfers = amounts(root.get("transfers"), "transfer", known);
        root.finish();
        return new CountyMandates(duties, transfers);
    }

    private static Map<String, BigDecimal> amounts(Node list, String what, Predicate<String> known) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (list == null) {
            return out;
        }
        for (Node item : list.asList().items()) {
            Node.MapNode m = item.asMap();
            String matter = m.requireString("matter");
            if (!known.test(matter)) {
                throw m.get("matter").error("a " + what + " names matter " + SafeText.quote(matter) + ", which is not in the catalog");
            }
            m.require("amount");
            BigDecimal amount = yuan(m, "amount");
            m.finish();
            if (out.put(matter, amount) != null) {
                throw m.error("a second " + what + " for matter " + SafeText.quote(matter));
            }
        }
        return out;
    }

    /** An amount of yuan within {@link InputLimits}: zero or more, to the fen; {@code null} when absent. */
    public static BigDecimal yuan(Fields f, String key) {
        BigDecimal v = f.decimal(key);
        if (v == null) {
            return null;
        }
        try {
            return InputLimits.yuan(v, v.toPlainString());
        } catch (IllegalArgumentException e) {
            throw f.errorAt(Node.NUMBER, key, e.getMessage());
        }
    }

    private static boolean flag(Fields f, String key) {
        Boolean v = f.bool(key);
        return v != null && v;
    }

    private static void guard(Fields f, String key, Supplier<?> setter) {
        try {
            setter.get();
        } catch (IllegalArgumentException e) {
            throw f.errorAt(key, e.getMessage());
        }
    }
}

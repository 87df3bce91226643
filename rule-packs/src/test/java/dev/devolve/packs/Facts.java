package dev.devolve.packs;

import dev.devolve.model.Matter;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.MatterField;
import dev.devolve.model.ProfessionalDemand;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** Facts that pass every test of the national pack; each test changes one thing. */
final class Facts {

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    static final LocalDate DECIDED = LocalDate.of(2022, 1, 1);

    private Facts() {
    }

    static Township.Builder town() {
        return Township.builder().code("410122101").kind(TownshipKind.TOWN).enforcementTeam(true).certifiedOfficers(8)
                .legalReviewers(1).capacityAssessed(true).serviceCentre(true);
    }

    static Matter.Builder stallPenalty() {
        return Matter.builder().code("T-1").name("对占道经营的处罚").category(MatterCategory.PENALTY)
                .field(MatterField.URBAN_MANAGEMENT).facesPublic(true).annualCases(new BigDecimal("40"))
                .spread(new BigDecimal("0.8")).professionalDemand(ProfessionalDemand.LOW).unitCost(new BigDecimal("800"));
    }

    static Matter.Builder licence() {
        return stallPenalty().code("T-2").name("个体工商户登记").category(MatterCategory.LICENSING).field(MatterField.MARKET);
    }

    static ProvinceContext listedForTownsAndStreets() {
        return ProvinceContext.published(DECIDED, Set.of(TownshipKind.TOWN, TownshipKind.STREET)).withDocument("豫政〔2025〕15号");
    }
}

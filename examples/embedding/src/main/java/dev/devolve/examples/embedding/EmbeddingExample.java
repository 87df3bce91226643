package dev.devolve.examples.embedding;

import dev.devolve.api.Assessment;
import dev.devolve.api.Decision;
import dev.devolve.api.DecisionRequest;
import dev.devolve.api.NationalTownships;
import dev.devolve.api.PolicyEngine;
import dev.devolve.model.Matter;
import dev.devolve.model.Outcome;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipKind;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Set;

/**
 * Embeds Devolve in a program: build the engine once, decide one matter for a township with and
 * without a provincial decision, then assess the township's whole list.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the example, writing to {@code out}. */
    public static void run(PrintStream out) {
        PolicyEngine engine = PolicyEngine.builder().build();           // the bundled reference packs
        LocalDate asOf = LocalDate.of(2024, 3, 1);

        // A real township from the national list, with the county's own figures for its capacity
        // (the list's generated, synthetic figures are replaced and no longer marked synthetic).
        Township town = NationalTownships.get().require("410122101").toBuilder()
                .enforcementTeam(true).certifiedOfficers(6).legalReviewers(1).capacityAssessed(true).build();
        Matter stalls = engine.matter("UM-001").orElseThrow();           // 对占道经营的处罚

        Decision before = engine.decide(DecisionRequest.of(town, stalls, asOf));
        out.println("Without a provincial decision: " + before.outcome() + " / " + before.mode().orElse(null));
        out.println("  " + before.explanation().summaryEn());
        before.explanation().toChange().forEach(c -> out.println("  to change: " + c.textEn()));

        ProvinceContext henan = ProvinceContext.published(LocalDate.of(2025, 1, 1), Set.of(TownshipKind.TOWN))
                .withDocument("豫政〔2025〕15号");
        Decision after = engine.decide(DecisionRequest.of(town, stalls, LocalDate.of(2025, 6, 1)).withProvince(henan));
        out.println("With the provincial decision in force: " + after.outcome() + " / " + after.mode().orElse(null));
        out.println("  obligations: " + after.obligations());
        out.println("  citations: " + after.citations());

        Assessment list = engine.assess(town, asOf);
        long delegable = list.decisions().stream().filter(d -> d.outcome() == Outcome.ELIGIBLE).count();
        out.println("Whole catalog: " + list.decisions().size() + " matters, " + delegable + " eligible; " + list.counts());
    }
}

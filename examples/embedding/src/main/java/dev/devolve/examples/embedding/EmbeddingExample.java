package dev.devolve.examples.embedding;

import dev.devolve.api.DecisionRequest;
import dev.devolve.api.PolicyEngine;
import dev.devolve.input.NationalTownships;
import dev.devolve.model.Matter;
import dev.devolve.model.Outcome;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipKind;
import dev.devolve.result.Assessment;
import dev.devolve.result.Decision;

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

        // Henan's own provincial pack (豫政〔2025〕15号) is bundled: it is in force from 2025-03-01.
        Decision before = engine.decide(DecisionRequest.of(town, stalls, asOf));
        out.println("Before the provincial decision takes effect: " + before.outcome() + " / " + before.mode().orElse(null));
        out.println("  " + before.explanation().summaryEn());
        before.explanation().toChange().forEach(c -> out.println("  to change: " + c.textEn()));

        Decision after = engine.decide(DecisionRequest.of(town, stalls, LocalDate.of(2025, 6, 1)));
        out.println("With the provincial decision in force: " + after.outcome() + " / " + after.mode().orElse(null));
        out.println("  obligations: " + after.obligations());
        out.println("  citations: " + after.citations());

        // A request can also say what the province decided, whatever the bundled packs hold.
        Matter allowance = engine.matter("CA-001").orElseThrow();        // 最低生活保障审核确认
        ProvinceContext listed = ProvinceContext.published(LocalDate.of(2025, 1, 1), Set.of(TownshipKind.TOWN))
                .withDocument("a provincial notice");
        Decision given = engine.decide(DecisionRequest.of(town, allowance, LocalDate.of(2025, 6, 1)).withProvince(listed));
        out.println("With a province context given inline: " + given.outcome() + " / " + given.mode().orElse(null));

        Assessment list = engine.assess(town, asOf);
        long delegable = list.decisions().stream().filter(d -> d.outcome() == Outcome.ELIGIBLE).count();
        out.println("Whole catalog: " + list.decisions().size() + " matters, " + delegable + " eligible; " + list.counts());
    }
}

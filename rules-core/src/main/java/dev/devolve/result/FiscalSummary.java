package dev.devolve.result;

import dev.devolve.model.Outcome;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money side of a township's list: the cost and county transfer of each delegated or eligible
 * matter, the totals, and every unfunded mandate.
 *
 * @param items           one per delegated or eligible matter with a known cost
 * @param totalCost       sum of annual costs
 * @param totalTownship   sum of the township's parts
 * @param totalTransfer   sum of county transfers
 * @param mandates        unfunded-mandate findings
 * @param totalUnfunded   sum of the unfunded amounts
 */
public record FiscalSummary(List<Item> items, BigDecimal totalCost, BigDecimal totalTownship, BigDecimal totalTransfer,
                            List<Mandate> mandates, BigDecimal totalUnfunded) {

    /** One matter's money. */
    public record Item(String matterCode, String matterName, Outcome outcome, MatterFiscal fiscal) {
    }

    public FiscalSummary {
        items = List.copyOf(items);
        mandates = List.copyOf(mandates);
    }

    static FiscalSummary of(List<Decision> decisions) {
        List<Item> items = decisions.stream().filter(d -> d.fiscal().isPresent())
                .map(d -> new Item(d.matter().getCode(), d.matter().getName(), d.outcome(), d.fiscal().get())).toList();
        List<Mandate> mandates = decisions.stream().flatMap(d -> d.mandates().stream()).toList();
        return new FiscalSummary(items,
                items.stream().map(i -> i.fiscal().annualCost()).reduce(BigDecimal.ZERO, BigDecimal::add),
                items.stream().map(i -> i.fiscal().townshipPart()).reduce(BigDecimal.ZERO, BigDecimal::add),
                items.stream().map(i -> i.fiscal().countyTransfer()).reduce(BigDecimal.ZERO, BigDecimal::add),
                mandates, mandates.stream().map(Mandate::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}

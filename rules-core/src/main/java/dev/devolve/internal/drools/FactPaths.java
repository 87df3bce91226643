package dev.devolve.internal.drools;

import dev.devolve.model.CentralShare;
import dev.devolve.model.DelegationStatus;
import dev.devolve.model.DelegatedPower;
import dev.devolve.model.Duty;
import dev.devolve.model.DutyItem;
import dev.devolve.model.DutyList;
import dev.devolve.model.DutyListStatus;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterCost;
import dev.devolve.model.Outcome;
import dev.devolve.model.Proposal;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.ProvinceTier;
import dev.devolve.model.ServiceCategory;
import dev.devolve.model.ServiceShares;
import dev.devolve.model.SharedService;
import dev.devolve.model.Township;
import dev.devolve.model.Transfer;
import dev.devolve.model.UnfundedDuty;
import dev.devolve.model.UnfundedMandate;
import dev.devolve.model.Usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fact paths rules may name in their metadata, besides parameter names: the input facts
 * ({@code township.}, {@code matter.}, {@code province.}, {@code service.}, {@code duty.},
 * {@code transfer.}, {@code usage.}, {@code proposal.}, {@code asOf}), the decisions handed in ({@code delegation.},
 * {@code duty.list}) and the values findings compute ({@code cost.}, {@code split.}, {@code mandate.},
 * {@code unfunded.}).
 */
public final class FactPaths {

    public static final String AS_OF = "asOf";

    private static final List<String> NAMESPACES = List.of("township.", "matter.", "province.", "service.", "duty.",
            "transfer.", "cost.", "split.", "mandate.", "usage.", "proposal.", "delegation.", "unfunded.");
    private static final Set<String> KNOWN;

    static {
        Set<String> all = new HashSet<>();
        all.addAll(Township.builder().build().facts().keySet());
        Matter free = Matter.builder().code("x").annualCases(BigDecimal.ZERO).unitCost(BigDecimal.ZERO).build();
        all.addAll(free.facts().keySet());
        all.addAll(new ProvinceStatus("", ProvinceContext.NONE, LocalDate.MIN).facts().keySet());
        SharedService service = SharedService.of(ServiceCategory.PUBLIC_SECURITY, BigDecimal.ZERO);
        all.addAll(service.facts().keySet());
        all.addAll(ServiceShares.countyOnly(service).facts().keySet());
        all.addAll(new ProvinceTier(1, "11").facts().keySet());
        all.addAll(new CentralShare(BigDecimal.ZERO, false).facts().keySet());
        all.addAll(new MatterCost(free, BigDecimal.ZERO, null).facts().keySet());
        Duty duty = new Duty("x", BigDecimal.ZERO);
        all.addAll(duty.facts().keySet());
        all.addAll(new Transfer("x", BigDecimal.ZERO).facts().keySet());
        all.addAll(UnfundedMandate.noBasis(duty).facts().keySet());
        all.addAll(Usage.builder().from(LocalDate.MIN).to(LocalDate.MIN).cases(0).build().facts().keySet());
        all.addAll(new DelegationStatus(Outcome.RETAIN, "", List.of()).facts().keySet());
        DutyItem item = DutyItem.builder().code("x").build();
        all.addAll(item.facts().keySet());
        Proposal proposal = Proposal.builder().duty(item).build();
        all.addAll(proposal.facts().keySet());
        all.addAll(new DutyListStatus("x", DutyList.BASIC, true).facts().keySet());
        all.addAll(new DelegatedPower("x", Outcome.RETAIN, "", "", List.of()).facts().keySet());
        all.addAll(new UnfundedDuty(proposal).facts().keySet());
        all.add(AS_OF);
        KNOWN = Set.copyOf(all);
    }

    private FactPaths() {
    }

    static boolean isFact(String path) {
        return KNOWN.contains(path);
    }

    /** Whether the path is in a fact namespace (so it is not a parameter name). */
    static boolean isFactNamespace(String path) {
        return path.equals(AS_OF) || NAMESPACES.stream().anyMatch(path::startsWith);
    }
}

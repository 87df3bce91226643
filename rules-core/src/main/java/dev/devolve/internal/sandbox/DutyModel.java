package dev.devolve.internal.sandbox;

import dev.devolve.model.Accountability;
import dev.devolve.model.Admission;
import dev.devolve.model.AdmissionFinding;
import dev.devolve.model.AdmissionObligation;
import dev.devolve.model.AdmissionObligationFinding;
import dev.devolve.model.DelegatedPower;
import dev.devolve.model.DutyField;
import dev.devolve.model.DutyItem;
import dev.devolve.model.DutyList;
import dev.devolve.model.DutyListStatus;
import dev.devolve.model.LegalLead;
import dev.devolve.model.ListFinding;
import dev.devolve.model.MissingDutyFact;
import dev.devolve.model.Proposal;
import dev.devolve.model.TownshipRole;
import dev.devolve.model.UnfundedDuty;

import java.util.List;
import java.util.Set;

/**
 * The fact-model classes of the duty lists and the admission gate that rules may match and read:
 * the duty and proposal facts, the decisions the engine hands in (the delegated power, the duty's
 * list), their words, and the findings rules may create. {@link Allowed} adds them to the fact model.
 */
final class DutyModel {

    /** The findings of the duty and admission rules. */
    static final Set<Class<?>> FINDINGS = Set.of(ListFinding.class, MissingDutyFact.class, AdmissionFinding.class,
            AdmissionObligationFinding.class, UnfundedDuty.class);

    /** Every class of the duty model, findings included. */
    static final List<Class<?>> CLASSES = List.of(Accountability.class, Admission.class, AdmissionFinding.class,
            AdmissionObligation.class, AdmissionObligationFinding.class, DelegatedPower.class, DutyField.class, DutyItem.class,
            DutyList.class, DutyListStatus.class, LegalLead.class, ListFinding.class, MissingDutyFact.class, Proposal.class,
            TownshipRole.class, UnfundedDuty.class);

    private DutyModel() {
    }
}

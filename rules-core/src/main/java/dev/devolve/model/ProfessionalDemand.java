package dev.devolve.model;

/** How much professional or technical skill a matter demands (专业性技术性要求). */
public enum ProfessionalDemand implements Term {
    LOW, MEDIUM, HIGH
}

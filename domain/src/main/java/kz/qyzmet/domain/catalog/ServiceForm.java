package kz.qyzmet.domain.catalog;

/** The form in which a service is delivered (field 4 of a standard). */
public enum ServiceForm {
    ELECTRONIC_PARTIALLY_AUTOMATED,
    ELECTRONIC_FULLY_AUTOMATED,
    PAPER,
    /** Delivered on the provider's initiative, without an application. */
    PROACTIVE
}

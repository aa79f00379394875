package kz.qyzmet.domain.catalog;

/**
 * Where a State Corporation office that takes a request lies relative to the provider: a standard may give a
 * longer term when the request is handed in away from the provider's location (004, plan row 5, item 8(2)-(3):
 * 3 working days at the provider's location, 7 elsewhere).
 */
public enum OfficeLocation {
    /** At the provider's location (көрсетілетін қызметті берушінің орналасқан жері бойынша). */
    PROVIDER_LOCATION,
    /** Away from the provider's location (көрсетілетін қызметті берушінің орналасқан жері бойынша емес). */
    AWAY_FROM_PROVIDER
}

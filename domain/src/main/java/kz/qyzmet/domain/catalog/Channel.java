package kz.qyzmet.domain.catalog;

/**
 * A way a service is delivered (field 2 of a standard).
 */
public enum Channel {
    /** The provider's own office (кеңсе / канцелярия). */
    PROVIDER_OFFICE,
    /** The State Corporation "Government for Citizens" (Мемлекеттік корпорация / Государственная корпорация). */
    STATE_CORPORATION,
    /** The e-government portal egov.kz (портал / ПЭП). */
    EGOV_PORTAL,
    /** An informatization object, such as the teachers' national platform. */
    PLATFORM,
    /** A subscriber device registered on egov.kz. */
    MOBILE
}

package kz.qyzmet.domain.catalog;

/**
 * Who supplies a document: the applicant, or the provider (or State Corporation) itself from state
 * information systems — documents the provider must not demand from the applicant.
 */
public enum DocumentSupplier {
    APPLICANT,
    PROVIDER_FROM_STATE_SYSTEMS
}

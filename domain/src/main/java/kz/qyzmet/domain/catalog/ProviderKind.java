package kz.qyzmet.domain.catalog;

/** The kind of body that provides a service (field 1 of a standard). */
public enum ProviderKind {
    /** A general-education school. */
    SCHOOL,
    /** A pre-school organisation (kindergarten). */
    PRESCHOOL_ORGANISATION,
    /** A district or city education department of the local executive body. */
    LOCAL_EDUCATION_AUTHORITY,
    /** Any education organisation, whatever its level. */
    EDUCATION_ORGANISATION
}

package kz.qyzmet.domain.catalog;

/** In what form a document is submitted (field 8 of a standard). */
public enum DocumentForm {
    ORIGINAL,
    COPY,
    /** The original is shown to identify the applicant and returned. */
    ORIGINAL_FOR_IDENTIFICATION,
    /** The original and a copy. */
    ORIGINAL_AND_COPY,
    /** An electronic document or an electronic copy (portal). */
    ELECTRONIC,
    /** The original, or the electronic document from the digital documents service. */
    DIGITAL_DOCUMENT_SERVICE_OR_ORIGINAL,
    /** A photograph. */
    PHOTO
}

package kz.qyzmet.domain.catalog;

/** Whether a result of field 5 is the positive result or the motivated refusal. */
public enum ResultKind {
    POSITIVE,
    REFUSAL
}

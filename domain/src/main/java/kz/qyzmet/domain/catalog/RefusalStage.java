package kz.qyzmet.domain.catalog;

/**
 * When a refusal ground applies: at intake (the application is not accepted; a refusal receipt is
 * given), or in the decision after review (a motivated refusal).
 */
public enum RefusalStage {
    INTAKE,
    DECISION
}

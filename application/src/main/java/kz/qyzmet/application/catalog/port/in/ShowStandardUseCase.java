package kz.qyzmet.application.catalog.port.in;

/** Use case: show a service's standard as in force on a day (or one version by id). */
public interface ShowStandardUseCase {

    /**
     * @throws kz.qyzmet.application.validation.InvalidCommandException if the query is invalid
     * @throws kz.qyzmet.application.catalog.UnknownServiceException   if no service has that id or code
     * @throws kz.qyzmet.application.catalog.NoVersionInForceException if no version is in force that day
     * @throws kz.qyzmet.application.catalog.UnknownVersionException   if no version has the id asked for
     */
    StandardInForce showStandard(ShowStandardQuery query);
}

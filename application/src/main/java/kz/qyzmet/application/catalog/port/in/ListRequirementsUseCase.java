package kz.qyzmet.application.catalog.port.in;

/** Use case: the requirements for applying for a service on one channel, as in force on a day. */
public interface ListRequirementsUseCase {

    /**
     * @throws kz.qyzmet.application.validation.InvalidCommandException  if the query is invalid
     * @throws kz.qyzmet.application.catalog.UnknownServiceException    if no service has that id or code
     * @throws kz.qyzmet.application.catalog.NoVersionInForceException  if no version is in force that day
     * @throws kz.qyzmet.domain.catalog.ChannelNotOfferedException       if the standard does not offer the channel
     */
    ChannelRequirements listRequirements(RequirementsQuery query);
}

package kz.qyzmet.application.deadline.port.in;

/** Use case: preview the deadline of a request for a service, a channel and a received-at moment. */
public interface PreviewDeadlineUseCase {

    /**
     * @throws kz.qyzmet.application.validation.InvalidCommandException   if the query is invalid
     * @throws kz.qyzmet.application.catalog.UnknownServiceException     if no service has that id or code
     * @throws kz.qyzmet.application.catalog.NoVersionInForceException   if no version is in force on the acceptance day
     * @throws kz.qyzmet.domain.catalog.ChannelNotOfferedException        if the standard does not offer the channel
     * @throws kz.qyzmet.domain.catalog.UnknownFactException              if the standard gives no processing term
     * @throws kz.qyzmet.domain.calendar.OutsideCalendarException         if the dates lie outside the calendar's data
     */
    DeadlinePreview preview(PreviewDeadlineQuery query);
}

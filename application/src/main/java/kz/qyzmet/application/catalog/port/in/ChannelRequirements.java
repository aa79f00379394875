package kz.qyzmet.application.catalog.port.in;

import java.util.List;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ChannelTerms;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.WorkSchedule;

/**
 * What an applicant needs to know to apply on one channel: the documents, the terms, the schedule.
 *
 * @param standard  the service and the version that applies
 * @param channel   the channel
 * @param documents the documents required on it
 * @param terms     processing term, longest wait, longest service time
 * @param schedules the channel's work schedules
 */
public record ChannelRequirements(
        StandardInForce standard,
        Channel channel,
        Fact<List<DocumentRequirement>> documents,
        ChannelTerms terms,
        Fact<List<WorkSchedule>> schedules) {
}

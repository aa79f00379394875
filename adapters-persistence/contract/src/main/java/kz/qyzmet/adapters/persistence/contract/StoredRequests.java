package kz.qyzmet.adapters.persistence.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.Timetable;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.Applicant;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.Representative;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;
import kz.qyzmet.domain.request.SubmittedDocument;
import kz.qyzmet.domain.request.UserId;

/** Real requests, with real deadlines and explanations, for storage tests. */
public final class StoredRequests {

    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    public static final Iin APPLICANT = Iin.of("061211600012");
    public static final Iin REPRESENTATIVE = Iin.of("850312100109");
    public static final Actor OFFICER = Actor.staff(UserId.of("clerk"), Role.INTAKE_OFFICER, ProviderId.of("school-1"));
    public static final Actor HEAD = Actor.staff(UserId.of("director"), Role.HEAD, ProviderId.of("school-1"));
    public static final Actor OPERATOR = new Actor(UserId.of("operator"), Role.STATE_CORPORATION_OPERATOR, null, null);

    private static final ServiceStandard DUPLICATE = JsonCatalogSource.builtIn().catalog().find("803005").orElseThrow();
    private static final DeadlinePolicy POLICY = new DeadlinePolicy(JsonCalendarSource.builtIn().calendar(), ALMATY, defaultHours());

    private StoredRequests() {
    }

    private static Timetable defaultHours() {
        var weekdays = java.util.Set.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
                java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY);
        var hours = new kz.qyzmet.domain.catalog.OpeningHours(weekdays, kz.qyzmet.domain.catalog.TimeRange.of("09:00", "18:00"), null, null);
        java.util.Map<java.time.DayOfWeek, kz.qyzmet.domain.catalog.OpeningHours> week = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        weekdays.forEach(day -> week.put(day, hours));
        return new Timetable(week, "test hours");
    }

    /** A duplicate submitted to school-1 through the channel at the instant, with a representative. */
    public static ServiceRequest submitted(Channel channel, Instant receivedAt, String provider) {
        Submission submission = new Submission(DUPLICATE.id(), channel, ProviderId.of(provider),
                new Applicant(APPLICANT, new Representative(REPRESENTATIVE, "POA-2025/17")),
                List.of(new SubmittedDocument(CatalogCode.of("application"), null),
                        new SubmittedDocument(CatalogCode.of("identity-document"), LocalDate.of(2020, 5, 1))),
                true, receivedAt);
        return ServiceRequest.submit(RequestId.random(), submission, channel == Channel.STATE_CORPORATION ? OPERATOR
                : Actor.staff(UserId.of("clerk"), Role.INTAKE_OFFICER, ProviderId.of(provider)));
    }

    /** The same, accepted: a receipt, 15 working days with their explanation across Nauryz, the regulation's steps. */
    public static ServiceRequest accepted(Channel channel, Instant receivedAt, String provider) {
        ServiceRequest request = submitted(channel, receivedAt, provider);
        StandardVersion version = DUPLICATE.versionOn(receivedAt.atZone(ALMATY).toLocalDate()).orElseThrow();
        Deadline deadline = POLICY.deadline(DUPLICATE.id(), version, channel, receivedAt);
        request.accept(channel == Channel.STATE_CORPORATION ? OPERATOR : Actor.staff(UserId.of("clerk"), Role.INTAKE_OFFICER, ProviderId.of(provider)),
                receivedAt, version.id(), deadline, POLICY.stepDeadlines(version, channel, deadline));
        return request;
    }

    /** A request refused at intake with every kind of reason. */
    public static ServiceRequest refusedAtIntake(Instant receivedAt) {
        ServiceRequest request = submitted(Channel.PROVIDER_OFFICE, receivedAt, "school-1");
        StandardVersion version = DUPLICATE.versionOn(receivedAt.atZone(ALMATY).toLocalDate()).orElseThrow();
        request.refuseIntake(OFFICER, receivedAt, List.of(
                new IntakeRefusalReason.MissingDocument(CatalogCode.of("application"), DUPLICATE.name()),
                new IntakeRefusalReason.ExpiredDocument(CatalogCode.of("identity-document"), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)),
                new IntakeRefusalReason.NoPersonalDataConsent(),
                new IntakeRefusalReason.PowerOfAttorneyNotConfirmed("POA-1"),
                new IntakeRefusalReason.StandardGround(version.refusalGrounds().value().orElseThrow().get(0)),
                new IntakeRefusalReason.WindowClosed(LocalDate.of(2025, 3, 20), List.of())));
        return request;
    }

    public static Instant thursdayBeforeNauryz() {
        return java.time.ZonedDateTime.of(2025, 3, 20, 10, 0, 0, 0, ALMATY).toInstant();
    }
}

package kz.qyzmet.domain.request;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ChannelTerms;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.catalog.DocumentForm;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.DocumentSupplier;
import kz.qyzmet.domain.catalog.EffectivePeriod;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.Fee;
import kz.qyzmet.domain.catalog.IntakeWindow;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.OtherRequirement;
import kz.qyzmet.domain.catalog.Presence;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.catalog.VersionOrigin;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.catalog.YearAnchor;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.Timetable;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;

/** A small standard (a duplicate of a certificate) and requests brought to any state, for lifecycle tests. */
final class RequestFixtures {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final ServiceId SERVICE = ServiceId.of("education-document-duplicate");
    static final ProviderId SCHOOL = ProviderId.of("school-1");
    static final Iin APPLICANT_IIN = Iin.of("061211600012");
    static final Actor APPLICANT = Actor.applicant(UserId.of("citizen"), APPLICANT_IIN);
    static final Actor OFFICER = Actor.staff(UserId.of("clerk"), Role.INTAKE_OFFICER, SCHOOL);
    static final Actor HEAD = Actor.staff(UserId.of("director"), Role.HEAD, SCHOOL);
    static final Actor EXECUTOR = Actor.staff(UserId.of("teacher"), Role.EXECUTOR, SCHOOL);
    static final Actor OPERATOR = new Actor(UserId.of("operator"), Role.STATE_CORPORATION_OPERATOR, null, null);
    static final Instant MONDAY_10 = LocalDate.of(2025, 4, 14).atTime(10, 0).atZone(ALMATY).toInstant();

    private static final Citation SOURCE = new Citation("002", Language.RU, "test", "15 рабочих дней");
    private static final LocalizedText TEXT = LocalizedText.of("мәтін", "текст");

    private RequestFixtures() {
    }

    static DocumentRequirement document(String code, Presence presence, Period validity, DocumentSupplier supplier) {
        return new DocumentRequirement(CatalogCode.of(code), TEXT, presence, presence == Presence.CONDITIONAL ? TEXT : null,
                DocumentForm.ORIGINAL, validity, supplier, SOURCE);
    }

    /** 15 working days at the provider and the State Corporation; 4 documents; two grounds; consent required. */
    static StandardVersion version(List<IntakeWindow> windows) {
        List<DocumentRequirement> documents = List.of(
                document("application", Presence.MANDATORY, null, DocumentSupplier.APPLICANT),
                document("workplace-certificate", Presence.MANDATORY, Period.ofMonths(1), DocumentSupplier.APPLICANT),
                document("marriage-certificate", Presence.CONDITIONAL, null, DocumentSupplier.APPLICANT),
                document("identity-data", Presence.MANDATORY, null, DocumentSupplier.PROVIDER_FROM_STATE_SYSTEMS));
        ChannelTerms terms = new ChannelTerms(Fact.known(ProcessingTerm.workingDays(15), SOURCE), Fact.unknown("n/a"), Fact.unknown("n/a"));
        OpeningHours weekdays = new OpeningHours(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), TimeRange.of("09:00", "18:00"), TimeRange.of("13:00", "14:00"), null);
        return new StandardVersion(
                new VersionOrigin(CatalogCode.of("test-version"), new EffectivePeriod(LocalDate.of(2020, 1, 1), null, "test"), SOURCE,
                        false, null, null),
                Fact.unknown("n/a"),
                Fact.known(Set.of(Channel.PROVIDER_OFFICE, Channel.STATE_CORPORATION), SOURCE),
                Map.of(Channel.PROVIDER_OFFICE, terms, Channel.STATE_CORPORATION, terms),
                Fact.known(Set.of(ServiceForm.PAPER), SOURCE), Fact.unknown("n/a"), Fact.known(Fee.FREE, SOURCE),
                Map.of(Channel.PROVIDER_OFFICE, Fact.known(List.of(new WorkSchedule(null, false, List.of(weekdays))), SOURCE)),
                Map.of(Channel.PROVIDER_OFFICE, Fact.known(documents, SOURCE), Channel.STATE_CORPORATION, Fact.known(documents, SOURCE)),
                Fact.known(List.of(
                        new RefusalGround(CatalogCode.of("incomplete-package"), TEXT, RefusalStage.INTAKE, SOURCE),
                        new RefusalGround(CatalogCode.of("unreliable-documents"), TEXT, RefusalStage.DECISION, SOURCE)), SOURCE),
                Fact.known(windows, SOURCE),
                Fact.unknown("no regulation"),
                Fact.known(List.of(new OtherRequirement(OtherRequirement.PERSONAL_DATA_CONSENT, TEXT, SOURCE)), SOURCE));
    }

    static StandardVersion version() {
        return version(List.of());
    }

    static IntakeWindow window(String from, String to) {
        return new IntakeWindow(CatalogCode.of("window"), TEXT, MonthDay.parse(from), MonthDay.parse(to), YearAnchor.CALENDAR_YEAR, SOURCE);
    }

    static DeadlinePolicy policy() {
        OpeningHours weekdays = new OpeningHours(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), TimeRange.of("09:00", "18:00"), null, null);
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        weekdays.days().forEach(day -> week.put(day, weekdays));
        return new DeadlinePolicy(StatutoryHolidays.calendar(), ALMATY, new Timetable(week, "test"));
    }

    static Submission submission(Channel channel, List<SubmittedDocument> documents, boolean consent) {
        return new Submission(SERVICE, channel, SCHOOL, Applicant.inPerson(APPLICANT_IIN), documents, consent, MONDAY_10);
    }

    static List<SubmittedDocument> completePackage() {
        return List.of(new SubmittedDocument(CatalogCode.of("application"), null),
                new SubmittedDocument(CatalogCode.of("workplace-certificate"), LocalDate.of(2025, 4, 1)));
    }

    static ServiceRequest submitted(Channel channel) {
        return ServiceRequest.submit(RequestId.random(), submission(channel, completePackage(), true), APPLICANT);
    }

    static ServiceRequest accepted(Channel channel) {
        ServiceRequest request = submitted(channel);
        Deadline deadline = policy().deadline(SERVICE, version(), channel, MONDAY_10);
        request.accept(channel == Channel.STATE_CORPORATION ? OPERATOR : OFFICER, MONDAY_10, version().id(), deadline,
                policy().stepDeadlines(version(), channel, deadline));
        return request;
    }

    /** A request brought to the status by the shortest legal path. */
    static ServiceRequest inStatus(RequestStatus status, Channel channel) {
        Instant t = MONDAY_10.plusSeconds(3600);
        switch (status) {
            case SUBMITTED:
                return submitted(channel);
            case INTAKE_REFUSED: {
                ServiceRequest request = submitted(channel);
                request.refuseIntake(OFFICER, t, List.of(new IntakeRefusalReason.NoPersonalDataConsent()));
                return request;
            }
            case WITHDRAWN: {
                ServiceRequest request = submitted(channel);
                request.withdraw(APPLICANT, t);
                return request;
            }
            default:
                break;
        }
        ServiceRequest request = accepted(channel);
        if (status == RequestStatus.ACCEPTED) {
            return request;
        }
        request.assign(HEAD, t, EXECUTOR.user());
        if (status == RequestStatus.ASSIGNED) {
            return request;
        }
        request.startReview(EXECUTOR, t);
        if (status == RequestStatus.IN_REVIEW) {
            return request;
        }
        if (status == RequestStatus.REFUSED) {
            request.refuse(EXECUTOR, t, version(), List.of(CatalogCode.of("unreliable-documents")), "the certificate is forged");
            return request;
        }
        request.approve(EXECUTOR, t);
        if (status == RequestStatus.APPROVED) {
            return request;
        }
        request.markReady(HEAD, t);
        if (status == RequestStatus.RESULT_READY) {
            return request;
        }
        if (status == RequestStatus.ISSUED) {
            if (channel == Channel.STATE_CORPORATION) {
                request.handOver(OFFICER, t, ALMATY);
                request.issue(OPERATOR, t);
            } else {
                request.issue(OFFICER, t);
            }
            return request;
        }
        request.handOver(OFFICER, t, ALMATY);
        if (status == RequestStatus.AT_STATE_CORPORATION) {
            return request;
        }
        request.returnToProvider(OPERATOR, t.plusSeconds(40L * 86400));
        return request;
    }
}

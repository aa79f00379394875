package kz.qyzmet.application.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qyzmet.application.deadline.NineToSix;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.request.port.out.Notification;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.Test;

/**
 * What the applicant is told of each kind of request event, in Kazakh, Russian and English, and of which kinds
 * nothing: every member of the family is decided, and a refusal for applying twice in one school year is told as such.
 */
class NotificationTextsTest {

    private static final ActingUser OPERATOR = new ActingUser("operator", Role.STATE_CORPORATION_OPERATOR, null, null);

    private final PortsInMemory ports = new PortsInMemory();
    private final NotificationTexts texts = new NotificationTexts(NineToSix.ALMATY);

    private ServiceRequest accepted() {
        RequestView view = ports.requests.submitting().submit(new SubmitRequestCommand(OPERATOR, "803005", Channel.STATE_CORPORATION,
                "school-1", "061211600012", null, List.of(new DocumentData("application", null)), true, null, null));
        view = ports.requests.intake().accept(new RequestActionCommand(OPERATOR, view.id().value(), view.revision()));
        return ports.repository.find(view.id()).orElseThrow();
    }

    /** One event of each kind, by its published name, all with the acceptance's header (only the kind matters here). */
    private static Map<String, RequestEvent> oneOfEach(ServiceRequest request) {
        RequestEvent.RequestAccepted acceptance = (RequestEvent.RequestAccepted) request.history().get(1);
        RequestEvent.Header h = acceptance.header();
        Instant due = acceptance.deadline().dueAt();
        RefusalGround ground = new RefusalGround(CatalogCode.of("unreliable-documents"),
                LocalizedText.of("құжаттардың анық еместігі", "недостоверность документов"), RefusalStage.DECISION,
                new Citation("004", Language.RU, "row 1", "недостоверность документов"));
        Map<String, RequestEvent> events = new LinkedHashMap<>();
        events.put("RequestSubmitted", request.history().get(0));
        events.put("IntakeRefused", new RequestEvent.IntakeRefused(h, List.of(new IntakeRefusalReason.AlreadyThisSchoolYear(
                CatalogCode.of("attestation-once-per-school-year"), request.id(), LocalDate.of(2020, 9, 1)))));
        events.put("RequestAccepted", acceptance);
        events.put("ExecutorAssigned", new RequestEvent.ExecutorAssigned(h, UserId.of("teacher")));
        events.put("ReviewStarted", new RequestEvent.ReviewStarted(h));
        events.put("RequestApproved", new RequestEvent.RequestApproved(h));
        events.put("RequestRefused", new RequestEvent.RequestRefused(h, List.of(ground), "the certificate is forged"));
        events.put("ResultReady", new RequestEvent.ResultReady(h));
        events.put("HandedToStateCorporation", new RequestEvent.HandedToStateCorporation(h, due));
        events.put("ReturnedToProvider", new RequestEvent.ReturnedToProvider(h));
        events.put("ReRequested", new RequestEvent.ReRequested(h, due));
        events.put("ResultIssued", new RequestEvent.ResultIssued(h));
        events.put("RequestWithdrawn", new RequestEvent.RequestWithdrawn(h));
        events.put("DeadlineAtRisk", new RequestEvent.DeadlineAtRisk(h, null, due));
        events.put("DeadlineOverdue", new RequestEvent.DeadlineOverdue(h, null, due));
        events.put("ReferralIssued", new RequestEvent.ReferralIssued(h, "Balapan kindergarten"));
        return events;
    }

    /** Every published kind, each once (the domain's tests hold that the published names are those of every member). */
    @Test
    void everyKindOfEventIsListed() {
        Map<String, RequestEvent> events = oneOfEach(accepted());
        assertThat(events.keySet()).containsExactlyElementsOf(RequestEvent.TYPE_NAMES);
        events.forEach((name, event) -> assertThat(event.typeName()).isEqualTo(name));
        assertThat(events.values().stream().map(Object::getClass).distinct()).hasSize(RequestEvent.TYPE_NAMES.size());
    }

    @Test
    void theApplicantIsToldOfAcceptanceRefusalsReadinessAndTheOverallTermOnly() {
        ServiceRequest request = accepted();
        Map<String, Optional<Notification.Kind>> told = new LinkedHashMap<>();
        oneOfEach(request).forEach((name, event) -> told.put(name, texts.of(request, event).map(Notification::kind)));
        assertThat(told).containsExactly(
                Map.entry("RequestSubmitted", Optional.empty()),
                Map.entry("IntakeRefused", Optional.of(Notification.Kind.INTAKE_REFUSED)),
                Map.entry("RequestAccepted", Optional.of(Notification.Kind.ACCEPTED)),
                Map.entry("ExecutorAssigned", Optional.empty()),
                Map.entry("ReviewStarted", Optional.empty()),
                Map.entry("RequestApproved", Optional.empty()),
                Map.entry("RequestRefused", Optional.of(Notification.Kind.REFUSED)),
                Map.entry("ResultReady", Optional.of(Notification.Kind.RESULT_READY)),
                Map.entry("HandedToStateCorporation", Optional.empty()),
                Map.entry("ReturnedToProvider", Optional.empty()),
                Map.entry("ReRequested", Optional.empty()),
                Map.entry("ResultIssued", Optional.empty()),
                Map.entry("RequestWithdrawn", Optional.empty()),
                Map.entry("DeadlineAtRisk", Optional.empty()),
                Map.entry("DeadlineOverdue", Optional.of(Notification.Kind.OVERDUE)),
                Map.entry("ReferralIssued", Optional.empty()));
    }

    @Test
    void eachMessageIsItsOwnInEveryLanguageAndTheEnglishIsMarkedAsOurs() {
        ServiceRequest request = accepted();
        List<Notification> messages = oneOfEach(request).values().stream().map(event -> texts.of(request, event))
                .flatMap(Optional::stream).toList();
        assertThat(messages).hasSize(5);
        for (Language language : Language.values()) {
            assertThat(messages).extracting(message -> message.text().in(language).text()).as(language.tag()).doesNotHaveDuplicates()
                    .allSatisfy(text -> assertThat(text).startsWith(switch (language) {
                        case KK -> "Өтініш ";
                        case RU -> "Заявление ";
                        case EN -> "Application ";
                    }));
        }
        assertThat(messages).allSatisfy(message -> assertThat(message.text().in(Language.EN).translated()).isTrue());
    }

    /** Issue 13: the once-per-school-year refusal was told, through a catch-all branch, as "power of attorney not confirmed". */
    @Test
    void aSecondRequestInOneSchoolYearIsToldAsSuchInEveryLanguage() {
        ServiceRequest request = accepted();
        LocalizedText text = texts.of(request, oneOfEach(request).get("IntakeRefused")).orElseThrow().text();
        assertThat(text.in(Language.KK).text()).contains("оқу жылында 1 рет").doesNotContain("сенімхат");
        assertThat(text.in(Language.RU).text()).contains("один раз в учебном году").doesNotContain("доверенность");
        assertThat(text.in(Language.EN).text()).contains("once per school year").doesNotContain("power of attorney");
    }

    /** A warning about a single step of the regulation concerns the staff, not the applicant. */
    @Test
    void aStepOverdueIsNotToldToTheApplicant() {
        ServiceRequest request = accepted();
        RequestEvent.DeadlineOverdue overall = (RequestEvent.DeadlineOverdue) oneOfEach(request).get("DeadlineOverdue");
        assertThat(texts.of(request, new RequestEvent.DeadlineOverdue(overall.header(), 2, overall.dueAt()))).isEmpty();
    }
}

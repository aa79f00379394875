package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.EXECUTOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.OTHER_APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.PORTAL;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.qyzmet.application.request.port.in.ListNotificationsQuery;
import kz.qyzmet.application.request.port.in.RefuseCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.out.Notification;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.language.Language;
import org.junit.jupiter.api.Test;

/**
 * The applicant's personal cabinet (issue 7): a message in Kazakh and Russian on receipt with the deadline and
 * its explanation, on an intake refusal with its reasons, on a motivated refusal with its grounds, when the
 * result is ready and when the term is overdue — and only to the applicant concerned.
 */
class NotificationScenariosTest {

    @Test
    void onReceiptTheApplicantIsToldTheDeadlineAndWhyInBothLanguages() {
        // accepted on Monday 14 April 2025: 15 working days over 1 May, due Tuesday 6 May at 18:00
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 14, 10, 0));
        RequestView request = world.qyzmet.requests().intake().accept(act(OFFICER, world.submit(OFFICER, "803005",
                Channel.PROVIDER_OFFICE, "school-1", documents("application", "identity-document"), true, null)));

        Notification receipt = cabinet(world).get(0);
        assertThat(receipt.kind()).isEqualTo(Notification.Kind.ACCEPTED);
        assertThat(receipt.request()).isEqualTo(request.id());
        assertThat(receipt.text().in(Language.KK).text()).contains("қабылданды", "Қызмет көрсету мерзімі: 2025-05-06 18:00",
                "2025-05-01 (бейсенбі) — мереке");
        assertThat(receipt.text().in(Language.RU).text()).contains("принято", "Срок оказания услуги: 2025-05-06 18:00",
                "2025-05-01 (четверг) — праздник");
        assertEnglish(receipt).contains("accepted", "The service is due: 2025-05-06 18:00", "2025-05-01 (Thursday) — holiday");
        assertThat(world.qyzmet.requests().notifications().list(new ListNotificationsQuery(OTHER_APPLICANT, 50)))
                .as("another applicant sees nothing of it").isEmpty();
        assertThat(world.qyzmet.requests().notifications().list(new ListNotificationsQuery(OFFICER, 50)))
                .as("staff have no cabinet").isEmpty();
    }

    @Test
    void anIntakeRefusalListsEveryReason() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 5, 5, 10, 0));
        world.qyzmet.requests().intake().accept(act(OFFICER, world.submit(OFFICER, "school-admission", Channel.PROVIDER_OFFICE,
                "school-1", documents("application"), true, null)));

        Notification refusal = cabinet(world).get(0);
        assertThat(refusal.kind()).isEqualTo(Notification.Kind.INTAKE_REFUSED);
        assertThat(refusal.text().in(Language.RU).text()).contains("отказано в приеме").containsPattern("(?s)(не представлен документ.*){3}");
        assertThat(refusal.text().in(Language.KK).text()).contains("бас тартылды").containsPattern("(?s)(құжат ұсынылмады.*){3}");
        assertEnglish(refusal).contains("were not accepted").containsPattern("(?s)(document not provided.*){3}");
    }

    @Test
    void aMotivatedRefusalCitesItsGroundsAndAReadyResultAndAnOverdueTermAreToldToo() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 9, 15, 11, 0));
        var requests = world.qyzmet.requests();
        RequestView refused = requests.intake().accept(act(PORTAL, world.submit(APPLICANT, "home-schooling", Channel.EGOV_PORTAL,
                "school-1", documents("application", "medical-advisory-commission-conclusion"), true, "eds-aigerim")));
        refused = world.assign(HEAD, refused, EXECUTOR);
        refused = requests.review().startReview(act(EXECUTOR, refused));
        requests.review().refuse(new RefuseCommand(EXECUTOR, refused.id().value(), List.of("unreliable-documents"),
                "the commission's conclusion is not in the register", null));
        Notification refusal = cabinet(world).get(0);
        assertThat(refusal.kind()).isEqualTo(Notification.Kind.REFUSED);
        assertThat(refusal.text().in(Language.RU).text()).contains("Мотивированный отказ".toLowerCase(), "Основания",
                "the commission's conclusion is not in the register");
        assertThat(refusal.text().in(Language.KK).text()).contains("дәлелді бас тартылды", "Негіздері");
        assertEnglish(refusal).contains("refused with reasons", "are established to be unreliable",
                "the commission's conclusion is not in the register");

        RequestView ready = requests.intake().accept(act(PORTAL, world.submit(APPLICANT, "home-schooling", Channel.EGOV_PORTAL,
                "school-1", documents("application", "medical-advisory-commission-conclusion"), true, "eds-aigerim")));
        ready = world.assign(HEAD, ready, EXECUTOR);
        ready = requests.review().startReview(act(EXECUTOR, ready));
        ready = requests.review().approve(act(EXECUTOR, ready));
        requests.issuing().markReady(act(HEAD, ready));
        assertThat(cabinet(world).get(0).kind()).isEqualTo(Notification.Kind.RESULT_READY);
        assertThat(cabinet(world).get(0).text().in(Language.KK).text()).contains("нәтижесі дайын");
        assertEnglish(cabinet(world).get(0)).contains("the result of the service is ready");

        RequestView late = requests.intake().accept(act(PORTAL, world.submit(APPLICANT, "home-schooling", Channel.EGOV_PORTAL,
                "school-1", documents("application", "medical-advisory-commission-conclusion"), true, "eds-aigerim")));
        world.clock.set(late.deadline().dueAt().plusSeconds(60));
        requests.deadlineWatch().watch();
        requests.deadlineWatch().watch();
        List<Notification> overdue = cabinet(world).stream().filter(n -> n.kind() == Notification.Kind.OVERDUE).toList();
        assertThat(overdue).as("told once, about the overall term only").hasSize(1);
        assertThat(overdue.get(0).request()).isEqualTo(late.id());
        assertThat(overdue.get(0).text().in(Language.RU).text()).contains("срок оказания услуги", "истек");
        assertEnglish(overdue.get(0)).contains("has passed");
    }

    /** The English of a message: Qyzmet's translation, marked so, without a Cyrillic letter. */
    private static org.assertj.core.api.AbstractStringAssert<?> assertEnglish(Notification notification) {
        var english = notification.text().in(Language.EN);
        assertThat(english.language()).isEqualTo(Language.EN);
        assertThat(english.translated()).isTrue();
        assertThat(english.text()).doesNotContainPattern("\\p{IsCyrillic}");
        return assertThat(english.text());
    }

    private static List<Notification> cabinet(ScenarioWorld world) {
        return world.qyzmet.requests().notifications().list(new ListNotificationsQuery(APPLICANT, 50));
    }
}

package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.EXECUTOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.adapters.persistence.registry.InMemoryClassCapacity;
import kz.qyzmet.adapters.persistence.registry.WellFormedIinRegistry;
import kz.qyzmet.application.request.port.in.AssignExecutorCommand;
import kz.qyzmet.application.request.port.in.RefuseCommand;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.IllegalTransitionException;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;

/**
 * School admission (403003): where a school states its places for the year, an application can be approved
 * only while one is free; beyond that it is refused citing the ground "class-overfilled" of 000 annex 1.
 */
class ClassCapacityTest {

    /** The i-th child's application, submitted and accepted at 9:10, 9:20 … on 5 May 2025, assigned and under review. */
    private static RequestView inReview(Qyzmet qyzmet, MutableClock clock, int i) {
        var requests = qyzmet.requests();
        clock.set(2025, 5, 5, 9, 10 * (i + 1));
        RequestView request = requests.submitting().submit(new SubmitRequestCommand(OFFICER, "403003", Channel.PROVIDER_OFFICE,
                "school-1", AdmissionNotificationOrderTest.childIin(i), null,
                ScenarioWorld.documents("application", "identity-document", "medical-certificates", "child-photo"), true, null, null, null, 1, null));
        request = requests.intake().accept(new RequestActionCommand(OFFICER, request.id().value(), null));
        request = requests.resolution().assign(new AssignExecutorCommand(HEAD, request.id().value(), EXECUTOR.user(), null));
        return requests.review().startReview(new RequestActionCommand(EXECUTOR, request.id().value(), null));
    }

    @Test
    void theThirdApplicationForTwoPlacesCannotBeApprovedAndIsRefusedAsOverfilled() {
        MutableClock clock = new MutableClock(2025, 5, 5, 9, 0);
        Qyzmet qyzmet = Qyzmet.builder().clock(clock).persons(new WellFormedIinRegistry())
                .classCapacity(new InMemoryClassCapacity().places(ProviderId.of("school-1"), 2025, 2)).build();
        var requests = qyzmet.requests();
        List<RequestView> inReview = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inReview.add(inReview(qyzmet, clock, i));
        }

        assertThat(requests.review().approve(new RequestActionCommand(EXECUTOR, inReview.get(0).id().value(), null)).status())
                .isEqualTo(RequestStatus.APPROVED);
        assertThat(requests.review().approve(new RequestActionCommand(EXECUTOR, inReview.get(1).id().value(), null)).status())
                .isEqualTo(RequestStatus.APPROVED);
        assertThatThrownBy(() -> requests.review().approve(new RequestActionCommand(EXECUTOR, inReview.get(2).id().value(), null)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("2 places of 2025 are taken")
                .hasMessageContaining("class-overfilled");

        RequestView refused = requests.review().refuse(new RefuseCommand(EXECUTOR, inReview.get(2).id().value(), List.of("class-overfilled"),
                "both first-grade places of 2025 are taken", null));
        assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(((RequestEvent.RequestRefused) refused.history().get(refused.history().size() - 1)).grounds())
                .singleElement().satisfies(ground -> assertThat(ground.code().value()).isEqualTo("class-overfilled"));
        qyzmet.close();
    }

    @Test
    void aSchoolThatStatesNoPlacesIsNotLimited() {
        MutableClock clock = new MutableClock(2025, 5, 5, 9, 0);
        Qyzmet qyzmet = Qyzmet.builder().clock(clock).persons(new WellFormedIinRegistry())
                .classCapacity(new InMemoryClassCapacity().places(ProviderId.of("school-1"), 2024, 0)).build();
        var requests = qyzmet.requests();
        for (int i = 0; i < 2; i++) {
            RequestView request = inReview(qyzmet, clock, i);
            assertThat(requests.review().approve(new RequestActionCommand(EXECUTOR, request.id().value(), null)).status())
                    .isEqualTo(RequestStatus.APPROVED);
        }
        qyzmet.close();
    }

    @Test
    void approvedRequestsOfOtherServicesDoNotHideTheTakenPlaces() {
        MutableClock clock = new MutableClock(2025, 5, 5, 8, 0);
        Qyzmet qyzmet = Qyzmet.builder().clock(clock).persons(new WellFormedIinRegistry())
                .classCapacity(new InMemoryClassCapacity().places(ProviderId.of("school-1"), 2025, 1)).build();
        var requests = qyzmet.requests();
        // earlier the same morning, once the school opens at 9:00, three pre-school queue registrations (due within
        // 30 minutes, so first in the worklist order) are approved at the school
        for (int i = 0; i < 3; i++) {
            clock.set(2025, 5, 5, 9, i + 1);
            RequestView duplicate = requests.submitting().submit(new SubmitRequestCommand(OFFICER, "403001", Channel.PROVIDER_OFFICE,
                    "school-1", AdmissionNotificationOrderTest.childIin(10 + i), null,
                    ScenarioWorld.documents("application", "birth-certificate", "identity-document", "phthisiatrician-conclusion"), true,
                    null, null));
            duplicate = requests.intake().accept(new RequestActionCommand(OFFICER, duplicate.id().value(), null));
            duplicate = requests.resolution().assign(new AssignExecutorCommand(HEAD, duplicate.id().value(), EXECUTOR.user(), null));
            duplicate = requests.review().startReview(new RequestActionCommand(EXECUTOR, duplicate.id().value(), null));
            assertThat(requests.review().approve(new RequestActionCommand(EXECUTOR, duplicate.id().value(), null)).status())
                    .isEqualTo(RequestStatus.APPROVED);
        }
        RequestView first = inReview(qyzmet, clock, 0);
        RequestView second = inReview(qyzmet, clock, 1);
        assertThat(requests.review().approve(new RequestActionCommand(EXECUTOR, first.id().value(), null)).status())
                .isEqualTo(RequestStatus.APPROVED);
        assertThatThrownBy(() -> requests.review().approve(new RequestActionCommand(EXECUTOR, second.id().value(), null)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("1 places of 2025 are taken");
        qyzmet.close();
    }
}

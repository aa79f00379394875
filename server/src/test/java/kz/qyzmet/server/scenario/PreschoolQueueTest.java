package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.OTHER_SCHOOL_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.adapters.persistence.registry.WellFormedIinRegistry;
import kz.qyzmet.application.queue.port.in.IssueReferralsCommand;
import kz.qyzmet.application.queue.port.in.QueuePosition;
import kz.qyzmet.application.queue.port.in.Referral;
import kz.qyzmet.application.request.RequestNotFoundException;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;

/**
 * The pre-school queue (403001, source 001): children with a confirmed first-priority right first, then the
 * others, each in the order of registration; the parent sees the child's position, other tenants do not; when
 * places free up, the first children of the queue are referred and leave it.
 */
class PreschoolQueueTest {

    @Test
    void firstPriorityFirstThenByRegistration() {
        MutableClock clock = new MutableClock(2025, 4, 15, 10, 0);
        Qyzmet qyzmet = Qyzmet.builder().clock(clock).persons(new WellFormedIinRegistry()).build();
        // c0 plain, c1 priority, c2 plain, c3 priority, c4 withdrawn, c5 at another school
        boolean[] priority = {false, true, false, true, true, true};
        List<RequestView> requests = new ArrayList<>();
        for (int i = 0; i < priority.length; i++) {
            clock.set(2025, 4, 15, 10, 10 * i);
            List<String> codes = new ArrayList<>(List.of("application", "birth-certificate", "identity-document", "phthisiatrician-conclusion"));
            if (priority[i]) {
                codes.add("first-priority-documents");
            }
            ActingUser clerk = i == 5 ? OTHER_SCHOOL_OFFICER : OFFICER;
            RequestView submitted = qyzmet.requests().submitting().submit(new SubmitRequestCommand(clerk, "403001", Channel.PROVIDER_OFFICE,
                    clerk.provider(), AdmissionNotificationOrderTest.childIin(i), null, ScenarioWorld.documents(codes.toArray(String[]::new)),
                    true, null, null));
            RequestView accepted = qyzmet.requests().intake().accept(new RequestActionCommand(clerk, submitted.id().value(), null));
            assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
            requests.add(accepted);
        }
        qyzmet.requests().withdrawal().withdraw(new RequestActionCommand(parent(4), requests.get(4).id().value(), null));

        assertThat(position(qyzmet, OFFICER, requests.get(1))).isEqualTo(new QueuePosition(requests.get(1).id().value(), 1, 4, true));
        assertThat(position(qyzmet, OFFICER, requests.get(3))).isEqualTo(new QueuePosition(requests.get(3).id().value(), 2, 4, true));
        assertThat(position(qyzmet, parent(0), requests.get(0))).isEqualTo(new QueuePosition(requests.get(0).id().value(), 3, 4, false));
        assertThat(position(qyzmet, parent(2), requests.get(2)).position()).isEqualTo(4);
        assertThat(position(qyzmet, OTHER_SCHOOL_OFFICER, requests.get(5))).isEqualTo(new QueuePosition(requests.get(5).id().value(), 1, 1, true));

        assertThatThrownBy(() -> position(qyzmet, parent(2), requests.get(0))).isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> position(qyzmet, OTHER_SCHOOL_OFFICER, requests.get(0))).isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> position(qyzmet, parent(4), requests.get(4))).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("WITHDRAWN");

        // two places free up at kindergarten "Balapan": the two children with a priority right are referred
        clock.set(2025, 6, 2, 11, 0);
        List<Referral> referred = qyzmet.referrals().refer(new IssueReferralsCommand(OFFICER, "Balapan kindergarten No. 7", 2));
        assertThat(referred).extracting(Referral::request).containsExactly(requests.get(1).id().value(), requests.get(3).id().value());
        assertThat(referred).allSatisfy(referral -> assertThat(referral.priority()).isTrue());
        RequestView shown = qyzmet.requests().queries().show(new ShowRequestQuery(parent(1), requests.get(1).id().value()));
        assertThat(shown.history().get(shown.history().size() - 1)).isInstanceOfSatisfying(RequestEvent.ReferralIssued.class, event -> {
            assertThat(event.organisation()).isEqualTo("Balapan kindergarten No. 7");
            assertThat(event.header().from()).isEqualTo(event.header().to());
            assertThat(event.header().actor().user().value()).isEqualTo("clerk");
        });
        assertThatThrownBy(() -> position(qyzmet, parent(1), requests.get(1))).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("referred");
        assertThat(position(qyzmet, parent(0), requests.get(0))).isEqualTo(new QueuePosition(requests.get(0).id().value(), 1, 2, false));

        // more places than children: the rest of the queue, and then nobody
        assertThat(qyzmet.referrals().refer(new IssueReferralsCommand(OFFICER, "Balapan kindergarten No. 7", 5)))
                .extracting(Referral::request).containsExactly(requests.get(0).id().value(), requests.get(2).id().value());
        assertThat(qyzmet.referrals().refer(new IssueReferralsCommand(OFFICER, "Balapan kindergarten No. 7", 5))).isEmpty();
        assertThatThrownBy(() -> qyzmet.referrals().refer(new IssueReferralsCommand(parent(0), "Balapan", 1)))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> qyzmet.referrals().refer(new IssueReferralsCommand(OFFICER, " ", 0)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("organisation").hasMessageContaining("places");
        qyzmet.close();
    }

    private static ActingUser parent(int child) {
        return new ActingUser("parent" + child, Role.APPLICANT, null, AdmissionNotificationOrderTest.childIin(child));
    }

    private static QueuePosition position(Qyzmet qyzmet, ActingUser actor, RequestView request) {
        return qyzmet.queue().position(new ShowRequestQuery(actor, request.id().value()));
    }
}

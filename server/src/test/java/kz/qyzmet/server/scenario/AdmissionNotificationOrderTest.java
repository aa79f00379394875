package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.OTHER_SCHOOL_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.adapters.persistence.registry.InMemoryTerritoryRegistry;
import kz.qyzmet.adapters.persistence.registry.WellFormedIinRegistry;
import kz.qyzmet.application.admission.port.in.NotificationEntry;
import kz.qyzmet.application.admission.port.in.NotificationOrderQuery;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.domain.admission.Candidate;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;

/**
 * School admission (403003): the school notifies three applicants of its own territory, then one of another
 * registered earlier, and again (source 000 annex 1 field 5); applicants whose territory the register of
 * addresses does not know come last; withdrawn applications and other schools' are not in the order.
 */
class AdmissionNotificationOrderTest {

    private static final List<DocumentData> FULL_PACKAGE = ScenarioWorld.documents("application", "identity-document",
            "medical-certificates", "child-photo");

    /** The n-th well-formed IIN of a child born on 6 May 2019. */
    static String childIin(int n) {
        int found = 0;
        for (int serial = 1; serial < 10_000; serial++) {
            for (int check = 0; check < 10; check++) {
                String candidate = "190506" + "5" + String.format("%04d", serial) + check;
                if (Iin.isValid(candidate) && found++ == n) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no IIN " + n);
    }

    @Test
    void threeOfTheOwnTerritoryThenOneOfAnotherThenTheUnknown() {
        MutableClock clock = new MutableClock(2025, 5, 5, 9, 0);
        ProviderId school = ProviderId.of("school-1");
        InMemoryTerritoryRegistry territories = new InMemoryTerritoryRegistry();
        Qyzmet qyzmet = Qyzmet.builder().clock(clock).persons(new WellFormedIinRegistry()).territories(territories).build();

        // registration order: x1 o1 o2 x2 o3 u1 o4, then a withdrawn own one and one at another school
        String[] names = {"x1", "o1", "o2", "x2", "o3", "u1", "o4", "withdrawn", "elsewhere"};
        List<RequestView> requests = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String iin = childIin(i);
            Candidate.Territory territory = switch (names[i].charAt(0)) {
                case 'x' -> Candidate.Territory.OTHER;
                case 'u' -> Candidate.Territory.UNKNOWN;
                default -> Candidate.Territory.OWN;
            };
            if (territory != Candidate.Territory.UNKNOWN) {
                territories.place(school, territory, Iin.of(iin));
            }
            ActingUser clerk = names[i].equals("elsewhere") ? OTHER_SCHOOL_OFFICER : OFFICER;
            clock.set(2025, 5, 5, 9 + i / 5, 10 * (i % 5 + 1));
            RequestView submitted = qyzmet.requests().submitting().submit(new SubmitRequestCommand(clerk, "403003", Channel.PROVIDER_OFFICE,
                    clerk.provider(), iin, null, FULL_PACKAGE, true, null, null, null, 1, null));
            RequestView accepted = qyzmet.requests().intake().accept(new RequestActionCommand(clerk, submitted.id().value(), null));
            assertThat(accepted.status()).as(names[i]).isEqualTo(RequestStatus.ACCEPTED);
            requests.add(accepted);
        }
        qyzmet.requests().withdrawal().withdraw(new RequestActionCommand(new ActingUser("parent", kz.qyzmet.domain.catalog.Role.APPLICANT,
                null, childIin(7)), requests.get(7).id().value(), null));

        List<NotificationEntry> order = qyzmet.admissions().order(new NotificationOrderQuery(OFFICER, 2025));
        List<String> ordered = order.stream().map(entry -> names[requests.stream().map(r -> r.id().value()).toList().indexOf(entry.request())])
                .toList();
        assertThat(ordered).containsExactly("o1", "o2", "o3", "x1", "o4", "x2", "u1");
        assertThat(order).extracting(NotificationEntry::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(order.get(3).territory()).isEqualTo(Candidate.Territory.OTHER);
        assertThat(order.get(6).territory()).isEqualTo(Candidate.Territory.UNKNOWN);

        assertThat(qyzmet.admissions().order(new NotificationOrderQuery(OFFICER, 2024))).isEmpty();
        assertThat(qyzmet.admissions().order(new NotificationOrderQuery(OTHER_SCHOOL_OFFICER, 2025))).hasSize(1);
        assertThat(qyzmet.admissions().order(new NotificationOrderQuery(APPLICANT, 2025))).isEmpty();
        qyzmet.close();
    }
}

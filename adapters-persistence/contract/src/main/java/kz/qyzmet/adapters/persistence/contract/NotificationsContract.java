package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.port.out.Notification;
import kz.qyzmet.application.request.port.out.Notifications;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Notifications} store keeps: a message comes back whole, in both languages, to the
 * applicant and the representative only, newest first (in order of delivery among messages of one moment).
 * Extend it with a fresh store and the request repository of the same database.
 */
public abstract class NotificationsContract {

    /** A fresh, empty store and the repository of the same database (messages refer to stored requests). */
    protected record Stores(RequestRepository requests, Notifications notifications) {
    }

    protected abstract Stores stores();

    @Test
    void messagesGoToTheApplicantAndTheRepresentativeOnlyNewestFirst() {
        Stores stores = stores();
        ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, Instant.parse("2025-04-14T05:00:00Z"), "school-1");
        stores.requests().add(request, null);
        Instant at = Instant.parse("2025-04-14T05:00:00Z");
        Notification first = message(request, at, Notification.Kind.ACCEPTED, null);
        Notification second = message(request, at, Notification.Kind.INTAKE_REFUSED, StoredRequests.REPRESENTATIVE);
        Notification later = message(request, at.plusSeconds(60), Notification.Kind.RESULT_READY, null);
        stores.notifications().deliver(first);
        stores.notifications().deliver(second);
        stores.notifications().deliver(later);

        assertThat(stores.notifications().addressedTo(StoredRequests.APPLICANT, 10)).containsExactly(later, second, first);
        assertThat(stores.notifications().addressedTo(StoredRequests.APPLICANT, 1)).containsExactly(later);
        assertThat(stores.notifications().addressedTo(StoredRequests.REPRESENTATIVE, 10)).containsExactly(second);
        assertThat(stores.notifications().addressedTo(Iin.of("960315300011"), 10)).isEmpty();
        assertThat(stores.notifications().addressedTo(StoredRequests.APPLICANT, 10).get(0).text().in(Language.KK).text())
                .isEqualTo("Нәтиже дайын\n— келесі жол");
    }

    private static Notification message(ServiceRequest request, Instant at, Notification.Kind kind, Iin representative) {
        return new Notification(UUID.randomUUID(), request.id(), StoredRequests.APPLICANT, representative, at, kind,
                new LocalizedText(java.util.Map.of(Language.KK, "Нәтиже дайын\n— келесі жол", Language.RU, "Результат готов\n— строка"),
                        java.util.Set.of()));
    }
}

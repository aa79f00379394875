package kz.qyzmet.server;

import kz.qyzmet.embedded.Qyzmet;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import kz.qyzmet.application.request.RequestServices;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.AssignExecutorCommand;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** The README's "Requests from Java" example, kept runnable: one duplicate from submission to issue. */
class RequestEmbeddingExampleTest {

    @Test
    void readmeExample() {
        try (Qyzmet qyzmet = Qyzmet.builder()
                .clock(Clock.fixed(Instant.parse("2025-04-14T05:00:00Z"), ZoneOffset.UTC)) // Monday 14 April, 10:00 in Almaty
                .persons(new InMemoryPersonRegistry().register(Iin.of("061211600012")))
                .build()) {
            RequestServices requests = qyzmet.requests();
            ActingUser clerk = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);
            ActingUser head = new ActingUser("director", Role.HEAD, "school-1", null);
            ActingUser teacher = new ActingUser("teacher", Role.EXECUTOR, "school-1", null);

            RequestView request = requests.submitting().submit(new SubmitRequestCommand(clerk, "803005", Channel.PROVIDER_OFFICE,
                    "school-1", "061211600012", null,
                    List.of(new DocumentData("application", null), new DocumentData("identity-document", null)), true, null, null));
            request = requests.intake().accept(new RequestActionCommand(clerk, request.id().value(), null));
            System.out.println("accepted, due " + request.deadline().dueAt());
            request = requests.resolution().assign(new AssignExecutorCommand(head, request.id().value(), "teacher", null));
            request = requests.review().startReview(new RequestActionCommand(teacher, request.id().value(), null));
            request = requests.review().approve(new RequestActionCommand(teacher, request.id().value(), null));
            request = requests.issuing().markReady(new RequestActionCommand(head, request.id().value(), null));
            request = requests.issuing().issue(new RequestActionCommand(clerk, request.id().value(), null));
            request.history().forEach(event -> System.out.println(event.header().at() + " " + event.getClass().getSimpleName()
                    + " by " + event.header().actor().user() + " (" + event.header().actor().role() + ")"));

            assertThat(request.status()).isEqualTo(RequestStatus.ISSUED);
            assertThat(request.history()).hasSize(7);
        }
    }
}

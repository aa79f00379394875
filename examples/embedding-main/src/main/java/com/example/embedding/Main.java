package com.example.embedding;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import kz.qyzmet.embedded.Qyzmet;

/** One duplicate of an education document, from submission to issue, in a plain main. */
public final class Main {

    public static void main(String[] args) {
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
            request.history().forEach(event -> System.out.println(event.typeName()
                    + " by " + event.header().actor().user() + " (" + event.header().actor().role() + ")"));

            if (request.status() != RequestStatus.ISSUED || request.history().size() != 7) {
                throw new IllegalStateException("expected an issued request with 7 events, got " + request.status()
                        + " with " + request.history().size());
            }
            System.out.println("status " + request.status());
        }
    }
}

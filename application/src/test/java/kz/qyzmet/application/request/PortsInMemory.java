package kz.qyzmet.application.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.application.admission.port.out.ClassCapacity;
import kz.qyzmet.application.catalog.CatalogServices;
import kz.qyzmet.application.catalog.TwoVersionCatalog;
import kz.qyzmet.application.deadline.NineToSix;
import kz.qyzmet.application.onetimepassword.OneTimePasswords;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCode;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCodes;
import kz.qyzmet.application.request.port.out.Notification;
import kz.qyzmet.application.request.port.out.Notifications;
import kz.qyzmet.application.request.port.out.RegisteredPerson;
import kz.qyzmet.application.request.port.out.ResponsibleStaff;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.RequestEvent;

/**
 * The request use cases wired to outbound ports held in memory, for their port tests: every IIN is a registered person,
 * every power of attorney confirmed, no digital document held, every signature valid, no school's places stated;
 * the catalog is {@link TwoVersionCatalog}, the clock stands at Tuesday 2 March 2021, 10:00 in Almaty.
 */
final class PortsInMemory {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-02T05:00:00Z"), NineToSix.ALMATY);
    private static final CommandValidator VALIDATOR = TwoVersionCatalog.validator();

    final RequestsInMemory repository;
    final List<RequestEvent> published = new ArrayList<>();
    final List<Notification> delivered = new ArrayList<>();
    final RequestServices requests;

    PortsInMemory() {
        this(new RequestsInMemory());
    }

    /** The use cases on the given repository (a test may watch what it is asked). */
    PortsInMemory(RequestsInMemory repository) {
        this.repository = repository;
        this.requests = RequestServices.wire(
            new RequestServices.Ports(repository, (id, events) -> published.addAll(events),
                    iin -> Optional.of(new RegisteredPerson(iin, "Seitkali", "Aruzhan", null, LocalDate.of(2006, 12, 11), null)),
                    (number, applicant, representative, service, on) -> true, (person, wanted) -> Set.of(),
                    (content, signature, signer, at) -> SignatureVerification.SignatureCheck.VALID, (digest, submission, at) -> true,
                    new OneTimePasswords(iin -> Optional.empty(), (phone, text) -> { }, new NoCodes(), CLOCK, VALIDATOR),
                    ClassCapacity.unlimited(),
                    new Notifications() {
                        @Override
                        public void deliver(Notification notification) {
                            delivered.add(notification);
                        }

                        @Override
                        public List<Notification> addressedTo(Iin iin, int limit) {
                            return delivered.stream().filter(message -> iin.equals(message.applicant()) || iin.equals(message.representative()))
                                    .limit(limit).toList();
                        }
                    }, ResponsibleStaff.NONE),
            new CatalogServices(TwoVersionCatalog::catalog, TwoVersionCatalog.validator()), NineToSix.policy(2020, 2022),
            VALIDATOR, CLOCK, 0.2);
    }

    /** No code is ever issued: no citizen here has a registered phone. */
    private static final class NoCodes implements IssuedCodes {
        @Override
        public void add(IssuedCode code) {
            throw new IllegalStateException("no code is issued in the port tests");
        }

        @Override
        public List<Instant> issuedSince(Iin iin, Instant since) {
            return List.of();
        }

        @Override
        public Optional<IssuedCode> latest(Iin iin) {
            return Optional.empty();
        }

        @Override
        public boolean replace(IssuedCode current, IssuedCode next) {
            throw new IllegalStateException("no code is issued in the port tests");
        }

        @Override
        public byte[] hashKey() {
            throw new IllegalStateException("no code is issued in the port tests");
        }
    }
}

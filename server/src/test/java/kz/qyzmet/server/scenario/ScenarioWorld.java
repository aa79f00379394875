package kz.qyzmet.server.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.qyzmet.adapters.persistence.memory.RecordingEventPublisher;
import kz.qyzmet.adapters.persistence.registry.InMemoryDigitalDocuments;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import kz.qyzmet.adapters.persistence.registry.InMemoryPowerOfAttorneyRegistry;
import kz.qyzmet.adapters.persistence.registry.InMemorySignatureVerification;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.AssignExecutorCommand;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RepresentativeData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.Signing;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.embedded.Qyzmet;

/**
 * The world of the scenarios: Qyzmet embedded with the built-in catalog and calendar and in-memory
 * adapters, two schools, an education department, the State Corporation, and two citizens.
 */
final class ScenarioWorld {

    static final String APPLICANT_IIN = "061211600012";
    static final String OTHER_IIN = "960315300011";
    static final String REPRESENTATIVE_IIN = "850312100109";

    static final ActingUser APPLICANT = new ActingUser("aigerim", Role.APPLICANT, null, APPLICANT_IIN);
    static final ActingUser OTHER_APPLICANT = new ActingUser("nurlan", Role.APPLICANT, null, OTHER_IIN);
    static final ActingUser OFFICER = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);
    static final ActingUser HEAD = new ActingUser("director", Role.HEAD, "school-1", null);
    static final ActingUser EXECUTOR = new ActingUser("teacher", Role.EXECUTOR, "school-1", null);
    static final ActingUser OTHER_SCHOOL_OFFICER = new ActingUser("clerk2", Role.INTAKE_OFFICER, "school-2", null);
    static final ActingUser OPERATOR = new ActingUser("operator", Role.STATE_CORPORATION_OPERATOR, null, null);
    static final ActingUser PORTAL = new ActingUser("portal", Role.SYSTEM, null, null);
    static final ActingUser DEPARTMENT_HEAD = new ActingUser("department-head", Role.HEAD, "almaty-education", null);
    static final ActingUser DEPARTMENT_SPECIALIST = new ActingUser("specialist", Role.EXECUTOR, "almaty-education", null);

    final MutableClock clock;
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final InMemoryDigitalDocuments digitalDocuments = new InMemoryDigitalDocuments();
    final InMemorySignatureVerification signatures = new InMemorySignatureVerification()
            .valid("eds-aigerim", Iin.of(APPLICANT_IIN))
            .valid("eds-nurlan", Iin.of(OTHER_IIN))
            .invalid("eds-revoked", Iin.of(APPLICANT_IIN), kz.qyzmet.application.request.port.out.SignatureVerification.SignatureCheck.CERTIFICATE_REVOKED);
    final InMemoryPowerOfAttorneyRegistry powersOfAttorney = new InMemoryPowerOfAttorneyRegistry()
            .register("POA-2025/17", Iin.of(APPLICANT_IIN), Iin.of(REPRESENTATIVE_IIN),
                    java.util.Set.of(kz.qyzmet.domain.catalog.ServiceId.of("education-document-duplicate")), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    final Qyzmet qyzmet;

    ScenarioWorld(MutableClock clock) {
        this.clock = clock;
        this.qyzmet = Qyzmet.builder()
                .clock(clock)
                .events(events)
                .persons(new InMemoryPersonRegistry().register(Iin.of(APPLICANT_IIN), Iin.of(OTHER_IIN), Iin.of(REPRESENTATIVE_IIN)))
                .powersOfAttorney(powersOfAttorney)
                .digitalDocuments(digitalDocuments)
                .signatures(signatures)
                .build();
    }

    static List<DocumentData> documents(String... codes) {
        return java.util.Arrays.stream(codes).map(code -> new DocumentData(code, null)).toList();
    }

    RequestView submit(ActingUser actor, String service, Channel channel, String provider, List<DocumentData> documents, boolean consent,
                       String signature) {
        // a school admission says the grade applied for: these scenarios apply for the first grade
        Integer grade = service.equals("school-admission") || service.equals("403003") ? 1 : null;
        return qyzmet.requests().submitting().submit(new SubmitRequestCommand(actor, service, channel, provider, APPLICANT_IIN, null,
                documents, consent, signing(signature), null, null, grade, null));
    }

    private final java.util.concurrent.atomic.AtomicInteger signed = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The test double's token as a signature. A signature is taken once, so each submission signed with one of the
     * registered tokens gets a fresh token of the same kind; other tokens (forgeries) pass as they are.
     */
    private Signing signing(String token) {
        if (token == null) {
            return null;
        }
        String fresh = token;
        if (token.equals("eds-aigerim")) {
            fresh = token + "#" + signed.incrementAndGet();
            signatures.valid(fresh, Iin.of(APPLICANT_IIN));
        } else if (token.equals("eds-revoked")) {
            fresh = token + "#" + signed.incrementAndGet();
            signatures.invalid(fresh, Iin.of(APPLICANT_IIN), kz.qyzmet.application.request.port.out.SignatureVerification.SignatureCheck.CERTIFICATE_REVOKED);
        }
        return new Signing.DigitalSignature("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                fresh.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    RequestView submitByRepresentative(ActingUser actor, String service, Channel channel, String provider, List<DocumentData> documents,
                                       String powerOfAttorney) {
        return qyzmet.requests().submitting().submit(new SubmitRequestCommand(actor, service, channel, provider, APPLICANT_IIN,
                new RepresentativeData(REPRESENTATIVE_IIN, powerOfAttorney), documents, true, null, null));
    }

    static RequestActionCommand act(ActingUser actor, RequestView request) {
        return new RequestActionCommand(actor, request.id().value(), null);
    }

    static RequestActionCommand act(ActingUser actor, UUID request) {
        return new RequestActionCommand(actor, request, null);
    }

    RequestView assign(ActingUser head, RequestView request, ActingUser executor) {
        return qyzmet.requests().resolution().assign(new AssignExecutorCommand(head, request.id().value(), executor.user(), null));
    }
}

package kz.qyzmet.application.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.catalog.port.in.StandardInForce;
import kz.qyzmet.application.request.port.in.AcceptBatchCommand;
import kz.qyzmet.application.request.port.in.AcceptBatchUseCase;
import kz.qyzmet.application.request.port.in.AcceptOutcome;
import kz.qyzmet.application.request.port.in.AcceptRequestUseCase;
import kz.qyzmet.application.request.port.in.RefuseCommand;
import kz.qyzmet.application.request.port.in.RefuseIntakeUseCase;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.out.ChangedRequest;
import kz.qyzmet.application.request.port.out.DigitalDocuments;
import kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.attestation.AttestationRules;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.DocumentForm;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.deadline.Acceptance;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.IntakeCheck;
import kz.qyzmet.domain.request.IntakePolicy;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.Representative;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Taking a request in: the version of the standard in force on the acceptance day governs it; the intake
 * check (documents, validity, windows, consent) and the power-of-attorney registry decide between
 * acceptance — with a receipt, the overall deadline and the step deadlines — and refusal at intake listing
 * every reason. A register taken in together is decided request by request the same way, and stored in shared commits.
 */
public final class Intake implements AcceptRequestUseCase, AcceptBatchUseCase, RefuseIntakeUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

    private final RequestDesk desk;
    private final PowerOfAttorneyRegistry powersOfAttorney;
    private final DigitalDocuments digitalDocuments;
    private final IntakeCheck check = new IntakeCheck();
    private final AttestationRules attestation;

    Intake(RequestDesk desk, PowerOfAttorneyRegistry powersOfAttorney, DigitalDocuments digitalDocuments) {
        this.desk = desk;
        this.powersOfAttorney = Objects.requireNonNull(powersOfAttorney, "powersOfAttorney: required");
        this.digitalDocuments = Objects.requireNonNull(digitalDocuments, "digitalDocuments: required");
        this.attestation = new AttestationRules(desk.deadlines.zone());
    }

    /**
     * The applicant's accepted requests, of any provider (an applicant has few), and those of them decided earlier in
     * the same register and not stored yet ({@code decidedBefore}), so that a register is checked as if its requests
     * were taken in one after the other.
     */
    private List<ServiceRequest> applicantsRequests(Submission submission, List<ServiceRequest> decidedBefore) {
        List<ServiceRequest> stored = desk.repository.find(WorklistCriteria.ofApplicant(submission.applicant().iin(), ACCEPTED_ONWARDS,
                APPLICANTS_REQUESTS_LIMIT));
        List<ServiceRequest> pending = decidedBefore.stream()
                .filter(other -> other.submission().applicant().iin().equals(submission.applicant().iin()))
                .filter(other -> ACCEPTED_ONWARDS.contains(other.status()))
                .toList();
        if (pending.isEmpty()) {
            return stored;
        }
        List<ServiceRequest> all = new ArrayList<>(stored);
        all.addAll(pending);
        return all;
    }

    /** The states of requests that were accepted. */
    private static final Set<RequestStatus> ACCEPTED_ONWARDS = EnumSet.complementOf(EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.INTAKE_REFUSED));
    /** How many of an applicant's requests are looked at. */
    private static final int APPLICANTS_REQUESTS_LIMIT = 1_000;

    @Override
    public RequestView accept(RequestActionCommand command) {
        ChangedRequest decided = decide(command, List.of());
        return RequestView.of(desk.save(decided.request(), decided.expectedRevision()), command.actor().toActor(), desk.now());
    }

    /**
     * Each acceptance of the register decided as {@link #accept} decides it, the decisions stored together through
     * {@link kz.qyzmet.application.request.port.out.RequestRepository#updateEach}, and each answered on its own.
     */
    @Override
    public List<AcceptOutcome> acceptAll(AcceptBatchCommand command) {
        desk.validator.valid(command);
        List<RequestActionCommand> register = command.requests();
        List<AcceptOutcome> outcomes = new ArrayList<>(Collections.nCopies(register.size(), null));
        List<ChangedRequest> decided = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Set<UUID> named = new HashSet<>();
        for (int i = 0; i < register.size(); i++) {
            RequestActionCommand acceptance = register.get(i);
            try {
                if (!named.add(acceptance.requestId())) {
                    throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("requests[" + i + "].requestId", "unique",
                            "names request " + acceptance.requestId() + ", which an earlier acceptance of this register names already")));
                }
                decided.add(decide(acceptance, decided.stream().map(ChangedRequest::request).toList()));
                positions.add(i);
            } catch (RuntimeException e) {
                outcomes.set(i, new AcceptOutcome.Failed(e));
            }
        }
        if (!decided.isEmpty()) {
            List<Optional<RuntimeException>> failures = desk.saveEach(decided);
            Instant now = desk.now();
            for (int j = 0; j < decided.size(); j++) {
                int position = positions.get(j);
                ServiceRequest request = decided.get(j).request();
                outcomes.set(position, failures.get(j).isPresent() ? new AcceptOutcome.Failed(failures.get(j).get())
                        : new AcceptOutcome.Decided(RequestView.of(request, register.get(position).actor().toActor(), now)));
            }
        }
        LOG.info("Register of {} acceptances taken in: {} decided and stored, {} failed", outcomes.size(),
                outcomes.stream().filter(AcceptOutcome::stored).count(), outcomes.stream().filter(outcome -> !outcome.stored()).count());
        return outcomes;
    }

    /**
     * The intake's decision on one request, not stored yet: loaded as the actor may see it at the expected revision,
     * checked against the version in force, accepted with its deadlines or refused at intake.
     *
     * @param decidedBefore requests of the same register decided before this one, not stored yet
     */
    private ChangedRequest decide(RequestActionCommand command, List<ServiceRequest> decidedBefore) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        Submission submission = request.submission();
        Instant now = desk.now();
        StandardInForce onReceipt = desk.catalog.showStandard(ShowStandardQuery.inForce(submission.service().value(), day(submission.receivedAt())));
        Acceptance acceptance = desk.deadlines.acceptance(onReceipt.version(), submission.channel(), submission.officeKind(),
                submission.receivedAt());
        LocalDate intakeDay = day(acceptance.acceptedAt());
        StandardVersion version = desk.catalog.showStandard(ShowStandardQuery.inForce(submission.service().value(), intakeDay)).version();
        List<IntakeRefusalReason> reasons = intakePolicy(version, decidedBefore).reasonsToRefuse(request, version, intakeDay);
        if (!reasons.isEmpty()) {
            request.refuseIntake(actor, now, reasons);
        } else {
            Deadline deadline = desk.deadlines.governedDeadline(submission.service(), version, onReceipt.version(), submission.channel(),
                    submission.filedAt(), submission.officeKind(), acceptance);
            request.accept(actor, now, version.id(), deadline,
                    desk.deadlines.stepDeadlines(version, submission.channel(), submission.officeKind(), deadline));
        }
        return new ChangedRequest(request, before);
    }

    /**
     * The intake rules of a version, composed: the package check (documents, validity, windows, consent), the
     * representative's power of attorney, and where the standard says so, one attestation per school year.
     */
    private IntakePolicy intakePolicy(StandardVersion version, List<ServiceRequest> decidedBefore) {
        IntakePolicy documents = (request, governing, intakeDay) -> check.check(request.submission().service(), governing,
                request.submission(), day(request.submission().receivedAt()), intakeDay, digitallyAvailable(governing, request.submission()));
        IntakePolicy attestationOncePerYear = AttestationRules.requires(version, AttestationRules.ONCE_PER_SCHOOL_YEAR)
                ? (request, governing, intakeDay) -> attestation.oncePerSchoolYear(governing, request,
                        applicantsRequests(request.submission(), decidedBefore), intakeDay).stream().toList()
                : IntakePolicy.NONE;
        return IntakePolicy.allOf(List.of(documents, this::powerOfAttorney, attestationOncePerYear));
    }

    /** A representative acts under a notarised power of attorney the registry confirms for this service. */
    private List<IntakeRefusalReason> powerOfAttorney(ServiceRequest request, StandardVersion version, LocalDate intakeDay) {
        Submission submission = request.submission();
        Representative representative = submission.applicant().representative();
        // The power of attorney must cover this service on the day the request was handed in.
        if (representative != null && !powersOfAttorney.confirms(representative.powerOfAttorney(), submission.applicant().iin(),
                representative.iin(), submission.service(), day(submission.receivedAt()))) {
            return List.of(new IntakeRefusalReason.PowerOfAttorneyNotConfirmed(representative.powerOfAttorney()));
        }
        return List.of();
    }

    @Override
    public RequestView refuseIntake(RefuseCommand command) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        Submission submission = request.submission();
        StandardVersion version = desk.catalog.showStandard(ShowStandardQuery.inForce(submission.service().value(),
                day(desk.now()))).version();
        List<IntakeRefusalReason> reasons = new ArrayList<>();
        for (String code : command.grounds()) {
            RefusalGround ground = version.refusalGround(CatalogCode.of(code)).orElseThrow(() -> new InvalidCommandException(List.of(
                    new InvalidCommandException.Violation("grounds", "ground", "'" + code + "' is not a refusal ground of "
                            + submission.service() + " version " + version.id()))));
            reasons.add(new IntakeRefusalReason.StandardGround(ground));
        }
        request.refuseIntake(actor, desk.now(), reasons);
        return RequestView.of(desk.save(request, before), actor, desk.now());
    }

    private Set<CatalogCode> digitallyAvailable(StandardVersion version, Submission submission) {
        Set<CatalogCode> wanted = version.requirementsFor(submission.service(), submission.channel()).value().orElse(List.of()).stream()
                .filter(requirement -> requirement.form() == DocumentForm.DIGITAL_DOCUMENT_SERVICE_OR_ORIGINAL)
                .map(DocumentRequirement::code)
                .collect(Collectors.toSet());
        return wanted.isEmpty() ? Set.of() : digitalDocuments.available(submission.applicant().iin(), wanted);
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(desk.deadlines.zone()).toLocalDate();
    }
}

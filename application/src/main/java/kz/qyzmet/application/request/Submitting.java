package kz.qyzmet.application.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.catalog.port.in.StandardInForce;
import kz.qyzmet.application.onetimepassword.OneTimePasswords;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.Signing;
import kz.qyzmet.application.request.port.in.SubmitBatchCommand;
import kz.qyzmet.application.request.port.in.SubmitBatchUseCase;
import kz.qyzmet.application.request.port.in.SubmitOutcome;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.request.port.in.SubmitRequestUseCase;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.application.request.port.out.NewRequest;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.application.request.port.out.UsedSignatures;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.SchoolGrade;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.catalog.ChannelNotOfferedException;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.Applicant;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.Representative;
import kz.qyzmet.domain.request.RuleViolation;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;
import kz.qyzmet.domain.request.SubmittedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handing in a request: checks who hands it in, that the service is offered on the channel, that the
 * applicant (and representative) are in the register of individuals, that an electronic submission's
 * signature (EDS over the exact body, taken once) or one-time password verifies, and makes retries with the same idempotency key return the same request.
 * A register of requests handed in together goes through the same checks one by one and is stored in shared commits.
 */
public final class Submitting implements SubmitRequestUseCase, SubmitBatchUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(Submitting.class);
    private static final EnumSet<Channel> SIGNED = EnumSet.of(Channel.EGOV_PORTAL, Channel.MOBILE, Channel.PLATFORM);

    private final RequestDesk desk;
    private final PersonRegistry persons;
    private final SignatureVerification signatures;
    private final UsedSignatures usedSignatures;
    private final OneTimePasswords oneTimePasswords;

    Submitting(RequestDesk desk, PersonRegistry persons, SignatureVerification signatures, UsedSignatures usedSignatures,
               OneTimePasswords oneTimePasswords) {
        this.desk = desk;
        this.persons = Objects.requireNonNull(persons, "persons: required");
        this.signatures = Objects.requireNonNull(signatures, "signatures: required");
        this.usedSignatures = Objects.requireNonNull(usedSignatures, "usedSignatures: required");
        this.oneTimePasswords = Objects.requireNonNull(oneTimePasswords, "oneTimePasswords: required");
    }

    @Override
    public RequestView submit(SubmitRequestCommand command) {
        Prepared prepared = prepare(command, false);
        if (prepared.earlier() != null) {
            return prepared.earlier();
        }
        try {
            desk.repository.add(prepared.request(), prepared.idempotency(), desk.watchShare);
        } catch (IdempotencyConflictException e) {
            return retried(prepared, e);
        }
        return stored(prepared);
    }

    /**
     * Each submission of the register prepared as {@link #submit} prepares it, those that pass stored together through
     * {@link kz.qyzmet.application.request.port.out.RequestRepository#addEach}, and each answered on its own.
     */
    @Override
    public List<SubmitOutcome> submitAll(SubmitBatchCommand command) {
        desk.validator.valid(command);
        List<SubmitOutcome> outcomes = new ArrayList<>(Collections.nCopies(command.requests().size(), null));
        List<Prepared> toStore = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < command.requests().size(); i++) {
            try {
                Prepared prepared = prepare(command.requests().get(i), true);
                if (prepared.earlier() != null) {
                    outcomes.set(i, new SubmitOutcome.Submitted(prepared.earlier()));
                } else {
                    toStore.add(prepared);
                    positions.add(i);
                }
            } catch (RuntimeException e) {
                outcomes.set(i, new SubmitOutcome.Refused(e));
            }
        }
        if (!toStore.isEmpty()) {
            List<Optional<RuntimeException>> failures = desk.repository.addEach(
                    toStore.stream().map(prepared -> new NewRequest(prepared.request(), prepared.idempotency())).toList(), desk.watchShare);
            for (int j = 0; j < toStore.size(); j++) {
                outcomes.set(positions.get(j), outcome(toStore.get(j), failures.get(j)));
            }
        }
        LOG.info("Register of {} submissions handed in: {} stored or retried, {} refused", outcomes.size(),
                outcomes.stream().filter(SubmitOutcome::stored).count(),
                outcomes.stream().filter(outcome -> !outcome.stored()).count());
        return outcomes;
    }

    private SubmitOutcome outcome(Prepared prepared, Optional<RuntimeException> failure) {
        try {
            if (failure.isEmpty()) {
                return new SubmitOutcome.Submitted(stored(prepared));
            }
            if (failure.get() instanceof IdempotencyConflictException conflict) {
                return new SubmitOutcome.Submitted(retried(prepared, conflict));
            }
            return new SubmitOutcome.Refused(failure.get());
        } catch (RuntimeException e) {
            return new SubmitOutcome.Refused(e);
        }
    }

    /**
     * A submission checked and made into a request, not stored yet; or, retried under a key already used with the
     * same body, the request stored before ({@code earlier}).
     */
    private record Prepared(SubmitRequestCommand command, Actor actor, String fingerprint, Instant now, ServiceRequest request,
                            IdempotencyRecord idempotency, RequestView earlier) {
    }

    /**
     * The submission checked and made into a request. A submission at a counter (whose checks change nothing) does not
     * look its key up first: a new key, the common case, is then one round trip to the store (the insert) instead of two, and a key already taken is found by the insert
     * itself ({@link IdempotencyConflictException}, answered by {@link #retried}). A retry that a check now refuses
     * (the clerk now at another provider, the applicant no longer in the register) is still answered
     * with the request stored under its key, as before the checks.
     *
     * @param lookUpFirst whether a key is looked up before the checks: for a register, whose requests share one group
     *                    commit that a key already taken would make write again one by one
     */
    private Prepared prepare(SubmitRequestCommand command, boolean lookUpFirst) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        String fingerprint = fingerprint(command);
        // an electronic submission's checks take its signature or use up its one-time password: a retry must not reach them
        if (lookUpFirst || SIGNED.contains(command.channel())) {
            Optional<Prepared> earlier = storedUnderKey(command, actor, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return checked(command, actor, fingerprint);
        } catch (RuntimeException refused) {
            return storedUnderKey(command, actor, fingerprint).orElseThrow(() -> refused);
        }
    }

    /** The request stored before under the submission's key with the same body, if there is one. */
    private Optional<Prepared> storedUnderKey(SubmitRequestCommand command, Actor actor, String fingerprint) {
        return command.idempotencyKey() == null ? Optional.empty() : replay(actor, command.idempotencyKey(), fingerprint)
                .map(earlier -> new Prepared(command, actor, fingerprint, null, null, null, earlier));
    }

    private Prepared checked(SubmitRequestCommand command, Actor actor, String fingerprint) {
        Instant now = desk.now();
        StandardInForce standard = desk.catalog.showStandard(ShowStandardQuery.inForce(command.service(), now.atZone(desk.deadlines.zone()).toLocalDate()));
        if (!standard.version().offers(command.channel()) && standard.version().channels().value().isPresent()) {
            throw new ChannelNotOfferedException(standard.service().id(), command.channel(), standard.version().channels().value().get());
        }
        SchoolGrade grade = grade(command, standard);
        Applicant applicant = applicant(command);
        ProviderId provider = ProviderId.of(command.provider());
        requireMayHandIn(command.actor(), actor, command.channel(), provider);
        requireRegistered(applicant);
        String signatureDigest = null;
        if (SIGNED.contains(command.channel())) {
            signatureDigest = requireSigned(command.signing(), actor.iin() != null ? actor.iin() : applicant.iin(), now);
        }
        Submission submission = new Submission(standard.service().id(), command.channel(), provider, applicant, documents(command.documents()),
                command.personalDataConsent(), now, command.filedAt(), grade, command.officeKind());
        ServiceRequest request;
        try {
            request = ServiceRequest.submit(RequestId.timeOrdered(now, UUID.randomUUID()), submission, actor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("applicantIin", "Applicant", e.getMessage())));
        }
        IdempotencyRecord idempotency = command.idempotencyKey() == null ? null
                : new IdempotencyRecord(actor.user().value(), command.idempotencyKey(), request.id(), fingerprint);
        // idempotency keys belong to an account, so the submission taking a signature is the account's key: the same
        // key sent by another account with a captured signature is a replay, not a retry (hashed to fit the column)
        if (signatureDigest != null && !usedSignatures.take(signatureDigest,
                command.idempotencyKey() == null ? "request:" + request.id().value()
                        : "key:" + sha256((actor.user().value() + "\n" + command.idempotencyKey()).getBytes(StandardCharsets.UTF_8)),
                now)) {
            LOG.info("Signature replay refused: {} via {} by {}", standard.service().id(), command.channel(), actor.user());
            throw new SignatureReplayedException();
        }
        return new Prepared(command, actor, fingerprint, now, request, idempotency, null);
    }

    /** The request stored under the key by the submission that came first, if the body is the same. */
    private RequestView retried(Prepared prepared, IdempotencyConflictException conflict) {
        return replay(prepared.actor(), prepared.command().idempotencyKey(), prepared.fingerprint()).orElseThrow(() -> conflict);
    }

    /** Publishes the stored request's history and answers with it. */
    private RequestView stored(Prepared prepared) {
        ServiceRequest request = prepared.request();
        desk.events.publish(request.id(), request.history());
        LOG.info("Request {} submitted: {} via {} to {} by {} ({})", request.id(), request.submission().service(), prepared.command().channel(),
                request.submission().provider(), prepared.actor().user(), prepared.actor().role());
        return RequestView.of(request, prepared.actor(), prepared.now());
    }

    /**
     * The grade applied for: required where the version in force has intake windows of certain grades (school
     * admission: 004 plan row 5 item 3, 003 regulation 1 para 11), for without it no window can be chosen; refused
     * for a service none of whose versions takes applications by grade.
     */
    private static SchoolGrade grade(SubmitRequestCommand command, StandardInForce standard) {
        if (command.grade() == null) {
            if (standard.version().windowsDependOnGrade()) {
                throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("grade", "NotNull",
                        "is required for " + standard.service().id() + ": its intake windows depend on the grade applied for (1 to 11)")));
            }
            return null;
        }
        if (standard.service().versions().stream().noneMatch(StandardVersion::windowsDependOnGrade)) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("grade", "applicable",
                    "is only given for a service whose intake windows depend on the grade applied for; "
                            + standard.service().id() + " takes applications without a grade")));
        }
        return SchoolGrade.of(command.grade());
    }

    private Optional<RequestView> replay(Actor actor, String key, String fingerprint) {
        return desk.repository.findByIdempotencyKey(actor.user().value(), key).map(record -> {
            if (!record.fingerprint().equals(fingerprint)) {
                throw new IdempotencyConflictException(key);
            }
            ServiceRequest earlier = desk.repository.find(record.request()).orElseThrow();
            if (!RequestDesk.visible(actor, earlier)) {
                throw new IdempotencyConflictException(key);
            }
            return RequestView.of(earlier, actor, desk.now());
        });
    }

    /**
     * Who hands in via which channel: an applicant (or representative) from their own account on the portal only;
     * the platform and mobile devices through the system account of that channel; the counters only by their
     * staff (an intake officer at their own provider's office, an operator at the State Corporation).
     */
    private static void requireMayHandIn(ActingUser user, Actor actor, Channel channel, ProviderId provider) {
        boolean allowed = switch (actor.role()) {
            // an applicant hands in only on the portal, where the signature is checked (stricter than "any signed channel")
            case APPLICANT -> channel == Channel.EGOV_PORTAL;
            case SYSTEM -> (channel == Channel.PLATFORM || channel == Channel.MOBILE) && channel == user.channel();
            case INTAKE_OFFICER -> provider.equals(actor.provider()) && channel == Channel.PROVIDER_OFFICE;
            case STATE_CORPORATION_OPERATOR -> channel == Channel.STATE_CORPORATION;
            case HEAD, EXECUTOR -> false;
        };
        if (!allowed) {
            String to = actor.provider() == null ? "" : " (" + provider + ")";
            boolean counter = channel == Channel.PROVIDER_OFFICE || channel == Channel.STATE_CORPORATION;
            String own = user.channel() == null ? "none" : user.channel().name();
            LocalizedText rule = switch (actor.role()) {
                case APPLICANT -> LocalizedText.ours(
                        "channel: өтініш беруші өз есептік жазбасынан тек EGOV_PORTAL арқылы өтініш береді; " + channel
                                + (counter ? " арнасына өтінішті сол қабылдау орнының қызметкері енгізеді" : " арнасы бойынша өтініш сол арнаның жүйелік есептік жазбасы арқылы келеді"),
                        "channel: заявитель подаёт заявление из своей учётной записи только через EGOV_PORTAL; " + channel
                                + (counter ? " — заявление вносит сотрудник этого места приёма" : " — заявления поступают через системную учётную запись этого канала"),
                        "channel: an applicant hands in via EGOV_PORTAL from their own account; " + channel
                                + (counter ? " is entered by that counter's staff" : " comes through the system account of that channel"));
                case SYSTEM -> LocalizedText.ours(
                        "channel: жүйелік есептік жазба тек өз арнасы (PLATFORM немесе MOBILE) арқылы өтініш береді, бұл жазбаның арнасы: " + own,
                        "channel: системная учётная запись подаёт заявления только через свой канал (PLATFORM или MOBILE), канал этой записи: " + own,
                        "channel: a system account hands in only via its own channel (PLATFORM or MOBILE), this one's is " + own);
                default -> LocalizedText.ours(
                        actor.role() + " рөлі " + channel + " арнасы арқылы өтініш бере алмайды" + to,
                        "роль " + actor.role() + " не может подать заявление через канал " + channel + to,
                        "role " + actor.role() + " may not hand in a request via " + channel + (actor.provider() == null ? "" : " to " + provider));
            };
            throw new ForbiddenActionException(Action.ACCEPT, actor.role(), rule);
        }
    }

    private void requireRegistered(Applicant applicant) {
        List<InvalidCommandException.Violation> violations = new ArrayList<>();
        if (!persons.isRegistered(applicant.iin())) {
            violations.add(new InvalidCommandException.Violation("applicantIin", "registered", "is not in the register of individuals"));
        }
        if (applicant.representative() != null && !persons.isRegistered(applicant.representative().iin())) {
            violations.add(new InvalidCommandException.Violation("representative.iin", "registered", "is not in the register of individuals"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
    }

    /**
     * The applicant's signing of an electronic submission: an EDS over the exact body (then its digest, for the
     * replay check) or a one-time password (then null, the code being used up here).
     */
    private String requireSigned(Signing signing, Iin signer, Instant at) {
        if (signing == null) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("signing", "NotNull",
                    "an electronic submission is signed with an EDS (Qyzmet-Signature) or a one-time password (Qyzmet-One-Time-Password)")));
        }
        return signing.fold(signature -> verified(signature, signer, at), code -> {
            oneTimePasswords.redeem(signer, code.code());
            return null;
        });
    }

    private String verified(Signing.DigitalSignature signature, Iin signer, Instant at) {
        byte[] cms = signature.signature();
        SignatureVerification.SignatureCheck check = signatures.verify(signature.content(), cms, signer, at);
        if (check != SignatureVerification.SignatureCheck.VALID) {
            LOG.info("Signature refused for {}: {}", signer.masked(), check);
            throw new SignatureRejectedException(check);
        }
        return sha256(cms);
    }

    private static Applicant applicant(SubmitRequestCommand command) {
        List<InvalidCommandException.Violation> violations = new ArrayList<>();
        Iin applicantIin = iin("applicantIin", command.applicantIin(), violations);
        Iin representativeIin = command.representative() == null ? null : iin("representative.iin", command.representative().iin(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        try {
            Representative representative = representativeIin == null ? null
                    : new Representative(representativeIin, command.representative().powerOfAttorney());
            return new Applicant(applicantIin, representative);
        } catch (RuleViolation e) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation(e.field(), e.rule(), e.getMessage())));
        }
    }

    /** The IIN, or null with a violation naming the field when it breaks a rule of the IIN (such as its check digit). */
    private static Iin iin(String field, String value, List<InvalidCommandException.Violation> violations) {
        try {
            return Iin.of(value);
        } catch (IllegalArgumentException e) {
            violations.add(new InvalidCommandException.Violation(field, "Iin", e.getMessage()));
            return null;
        }
    }

    private static List<SubmittedDocument> documents(List<DocumentData> documents) {
        try {
            return documents.stream().map(d -> new SubmittedDocument(CatalogCode.of(d.code()), d.issuedOn())).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("documents", "code", e.getMessage())));
        }
    }

    /** A digest of what was submitted, to tell a retry from a different submission under the same key. */
    static String fingerprint(SubmitRequestCommand command) {
        StringBuilder text = new StringBuilder()
                .append(command.actor().user()).append('|').append(command.service()).append('|').append(command.channel())
                .append('|').append(command.provider()).append('|').append(command.applicantIin()).append('|')
                .append(command.representative() == null ? "" : command.representative().iin() + "/" + command.representative().powerOfAttorney())
                .append('|').append(command.personalDataConsent()).append('|');
        command.documents().forEach(d -> text.append(d.code()).append('@').append(d.issuedOn() == null ? "" : d.issuedOn().toString()).append(';'));
        // each only when given, so that keys stored before the field existed still match their retries
        if (command.filedAt() != null) {
            text.append("|filedAt=").append(command.filedAt());
        }
        if (command.grade() != null) {
            text.append("|grade=").append(command.grade());
        }
        if (command.officeKind() != null) {
            text.append("|officeKind=").append(command.officeKind());
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

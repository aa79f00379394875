package kz.qyzmet.application.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.catalog.port.in.StandardInForce;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.request.port.in.SubmitRequestUseCase;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.catalog.ChannelNotOfferedException;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.Applicant;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.Representative;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;
import kz.qyzmet.domain.request.SubmittedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handing in a request: checks who hands it in, that the service is offered on the channel, that the
 * applicant (and representative) are in the register of individuals, that an electronic submission's
 * signature verifies, and makes retries with the same idempotency key return the same request.
 */
public final class Submitting implements SubmitRequestUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(Submitting.class);
    private static final EnumSet<Channel> SIGNED = EnumSet.of(Channel.EGOV_PORTAL, Channel.MOBILE, Channel.PLATFORM);

    private final RequestDesk desk;
    private final PersonRegistry persons;
    private final SignatureVerification signatures;

    Submitting(RequestDesk desk, PersonRegistry persons, SignatureVerification signatures) {
        this.desk = desk;
        this.persons = Objects.requireNonNull(persons, "persons: required");
        this.signatures = Objects.requireNonNull(signatures, "signatures: required");
    }

    @Override
    public RequestView submit(SubmitRequestCommand command) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        String fingerprint = fingerprint(command);
        if (command.idempotencyKey() != null) {
            Optional<RequestView> earlier = replay(actor, command.idempotencyKey(), fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = desk.now();
        StandardInForce standard = desk.catalog.showStandard(ShowStandardQuery.inForce(command.service(), now.atZone(desk.deadlines.zone()).toLocalDate()));
        if (!standard.version().offers(command.channel()) && standard.version().channels().value().isPresent()) {
            throw new ChannelNotOfferedException(standard.service().id(), command.channel(), standard.version().channels().value().get());
        }
        Applicant applicant = applicant(command);
        ProviderId provider = ProviderId.of(command.provider());
        requireMayHandIn(actor, command.channel(), provider);
        requireRegistered(applicant);
        if (SIGNED.contains(command.channel())) {
            requireSignature(command.signature(), actor.iin() != null ? actor.iin() : applicant.iin());
        }
        Submission submission = new Submission(standard.service().id(), command.channel(), provider, applicant, documents(command.documents()),
                command.personalDataConsent(), now);
        ServiceRequest request;
        try {
            request = ServiceRequest.submit(RequestId.timeOrdered(now), submission, actor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("applicantIin", "Applicant", e.getMessage())));
        }
        IdempotencyRecord idempotency = command.idempotencyKey() == null ? null
                : new IdempotencyRecord(actor.user().value(), command.idempotencyKey(), request.id(), fingerprint);
        try {
            desk.repository.add(request, idempotency);
        } catch (IdempotencyConflictException e) {
            return replay(actor, command.idempotencyKey(), fingerprint).orElseThrow(() -> e);
        }
        desk.events.publish(request.id(), request.history());
        LOG.info("Request {} submitted: {} via {} to {} by {} ({})", request.id(), request.submission().service(), command.channel(),
                provider, actor.user(), actor.role());
        return RequestView.of(request, actor, now);
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

    private static void requireMayHandIn(Actor actor, Channel channel, ProviderId provider) {
        boolean allowed = switch (actor.role()) {
            // an applicant hands in only electronically, where the signature is checked: a counter channel would skip it
            case APPLICANT -> SIGNED.contains(channel);
            case SYSTEM -> true;
            case INTAKE_OFFICER -> provider.equals(actor.provider()) && channel == Channel.PROVIDER_OFFICE;
            case STATE_CORPORATION_OPERATOR -> channel == Channel.STATE_CORPORATION;
            case HEAD, EXECUTOR -> false;
        };
        if (!allowed) {
            String to = actor.provider() == null ? "" : " (" + provider + ")";
            throw new ForbiddenActionException(Action.ACCEPT, actor.role(), LocalizedText.ours(
                    actor.role() + " рөлі " + channel + " арнасы арқылы өтініш бере алмайды" + to,
                    "роль " + actor.role() + " не может подать заявление через канал " + channel + to,
                    "role " + actor.role() + " may not hand in a request via " + channel + (actor.provider() == null ? "" : " to " + provider)));
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

    private void requireSignature(String signature, Iin signer) {
        if (signature == null || signature.isBlank()) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("signature", "NotBlank",
                    "an electronic submission is signed with an EDS or a one-time password")));
        }
        SignatureVerification.SignatureCheck check = signatures.verify(signature, signer);
        if (check != SignatureVerification.SignatureCheck.VALID) {
            throw new SignatureRejectedException(check);
        }
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
        } catch (IllegalArgumentException e) {
            // the domain's messages start with the field they concern, such as "representative.iin: ..."
            String message = e.getMessage();
            String field = message.startsWith("representative.") && message.contains(":") ? message.substring(0, message.indexOf(':'))
                    : "representative";
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation(field, "Applicant", message)));
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

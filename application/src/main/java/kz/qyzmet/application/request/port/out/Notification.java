package kz.qyzmet.application.request.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.RequestId;

/**
 * A message to the applicant's personal cabinet (жеке кабинет / личный кабинет, seed 003: the result or the
 * refusal "arrives in the applicant's personal cabinet"), in Kazakh and Russian.
 *
 * @param id             the message
 * @param request        the request it is about
 * @param applicant      whose cabinet it goes to
 * @param representative the representative who filed the request, who sees it too, or null
 * @param at             when what it tells happened
 * @param kind           what it tells
 * @param text           the message, kk and ru
 */
public record Notification(UUID id, RequestId request, Iin applicant, Iin representative, Instant at, Kind kind, LocalizedText text) {

    /** What a message tells the applicant. */
    public enum Kind {
        /** The request was accepted: the receipt, the deadline and why it falls then. */
        ACCEPTED,
        /** Intake was refused, with every reason. */
        INTAKE_REFUSED,
        /** A motivated refusal, with the grounds of the standard. */
        REFUSED,
        /** The result is ready. */
        RESULT_READY,
        /** The term passed without a result. */
        OVERDUE
    }

    public Notification {
        Objects.requireNonNull(id, "id: required");
        Objects.requireNonNull(request, "request: required");
        Objects.requireNonNull(applicant, "applicant: required");
        Objects.requireNonNull(at, "at: required");
        Objects.requireNonNull(kind, "kind: required");
        Objects.requireNonNull(text, "text: required");
    }

    /** Whether the person with this IIN sees the message: the applicant or their representative. */
    public boolean addressedTo(Iin iin) {
        return applicant.equals(iin) || iin.equals(representative);
    }
}

package kz.qyzmet.application.deadline.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import kz.qyzmet.application.request.port.in.StatesIntakeOffice;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;

/**
 * A deadline preview: which service, on which channel, received when, and, for a request handed in at the State
 * Corporation, where and at which kind of office (the same facts a submission gives, so that a preview answers
 * what accepting that request would). The moment carries its UTC offset, so a moment without one cannot even be
 * expressed. Where and at which kind of office are only given for the State Corporation ({@link StatesIntakeOffice}).
 *
 * @param service    the service's id or official code
 * @param channel    the channel
 * @param receivedAt when the request is (or would be) received
 * @param filedAt    where the State Corporation office lies relative to the provider (null: the provider's
 *                   location); only with channel STATE_CORPORATION
 * @param officeKind which kind of State Corporation office (null: an ordinary department); only with channel
 *                   STATE_CORPORATION
 */
public record PreviewDeadlineQuery(@NotBlank String service, @NotNull Channel channel, @NotNull OffsetDateTime receivedAt,
                                   OfficeLocation filedAt, OfficeKind officeKind) implements StatesIntakeOffice {

    /** A preview that states no office: the provider's location, an ordinary department. */
    public PreviewDeadlineQuery(String service, Channel channel, OffsetDateTime receivedAt) {
        this(service, channel, receivedAt, null, null);
    }
}

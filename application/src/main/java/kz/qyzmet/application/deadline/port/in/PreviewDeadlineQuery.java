package kz.qyzmet.application.deadline.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import kz.qyzmet.domain.catalog.Channel;

/**
 * A deadline preview: which service, on which channel, received when. The moment carries its UTC offset, so
 * a moment without one cannot even be expressed.
 *
 * @param service    the service's id or official code
 * @param channel    the channel
 * @param receivedAt when the request is (or would be) received
 */
public record PreviewDeadlineQuery(@NotBlank String service, @NotNull Channel channel, @NotNull OffsetDateTime receivedAt) {
}

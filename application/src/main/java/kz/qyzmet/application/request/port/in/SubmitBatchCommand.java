package kz.qyzmet.application.request.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Hand in a register of requests together — what a State Corporation office or a portal's integration passes on
 * at once — each an ordinary submission with its own idempotency key, checked and answered on its own.
 *
 * @param requests the submissions, 1 to {@value #MOST}, in the register's order
 */
public record SubmitBatchCommand(@NotNull @Size(min = 1, max = MOST) List<@NotNull SubmitRequestCommand> requests) {

    /** The most submissions in one register. */
    public static final int MOST = 100;

    public SubmitBatchCommand {
        requests = requests == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(requests));
    }

    @Override
    public String toString() {
        return "SubmitBatchCommand[" + (requests == null ? "no requests" : requests.size() + " requests") + "]";
    }
}

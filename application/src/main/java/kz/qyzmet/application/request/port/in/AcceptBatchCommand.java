package kz.qyzmet.application.request.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Take in a register of requests handed in together — what an intake officer at the provider's office or a State
 * Corporation operator works through at once — each an ordinary acceptance with its own request, actor and expected
 * revision, checked and answered on its own.
 *
 * @param requests the acceptances, 1 to {@value #MOST}, in the register's order; each request at most once
 */
public record AcceptBatchCommand(@NotNull @Size(min = 1, max = MOST) List<@NotNull RequestActionCommand> requests) {

    /** The most acceptances in one register, as many as a register handed in holds ({@link SubmitBatchCommand#MOST}). */
    public static final int MOST = SubmitBatchCommand.MOST;

    public AcceptBatchCommand {
        requests = requests == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(requests));
    }

    @Override
    public String toString() {
        return "AcceptBatchCommand[" + (requests == null ? "no requests" : requests.size() + " requests") + "]";
    }
}

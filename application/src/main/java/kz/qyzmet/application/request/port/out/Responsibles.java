package kz.qyzmet.application.request.port.out;

import kz.qyzmet.domain.request.UserId;

/**
 * The staff a provider names as responsible for one service (seed 000: the director's order approving the
 * standards names "жауаптылар" for each), by the work of the regulation: intake, the head's resolution and
 * execution.
 *
 * @param intake     who registers the applications, or null
 * @param resolution who gives the resolution, or null
 * @param execution  who prepares the result: the executor a resolution names unless it names another
 */
public record Responsibles(UserId intake, UserId resolution, UserId execution) {
    public Responsibles {
        if (intake == null && resolution == null && execution == null) {
            throw new IllegalArgumentException("responsibles: name at least one of intake, resolution, execution");
        }
    }

    /** The executor, when one is named. */
    public java.util.Optional<UserId> executor() {
        return java.util.Optional.ofNullable(execution);
    }
}

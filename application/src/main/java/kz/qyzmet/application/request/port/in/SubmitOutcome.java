package kz.qyzmet.application.request.port.in;

import java.util.Objects;

/** What became of one submission of a register handed in together ({@link SubmitBatchUseCase}). */
public sealed interface SubmitOutcome {

    /**
     * The submission is stored (or, retried under its key, was stored before) and committed.
     *
     * @param request the request, as {@link SubmitRequestUseCase#submit} answers it
     */
    record Submitted(RequestView request) implements SubmitOutcome {
        public Submitted {
            Objects.requireNonNull(request, "request: required");
        }
    }

    /**
     * The submission was refused, or could not be stored, and nothing of it is stored.
     *
     * @param error what {@link SubmitRequestUseCase#submit} would have thrown for it alone
     */
    record Refused(RuntimeException error) implements SubmitOutcome {
        public Refused {
            Objects.requireNonNull(error, "error: required");
        }
    }
}

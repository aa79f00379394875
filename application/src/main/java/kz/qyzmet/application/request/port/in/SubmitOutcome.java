package kz.qyzmet.application.request.port.in;

import java.util.Objects;

/** What became of one submission of a register handed in together ({@link SubmitBatchUseCase}). */
public sealed interface SubmitOutcome {

    /** Whether the submission is stored. */
    boolean stored();

    /** The stored request; for a refused submission, its error is thrown (as {@link SubmitRequestUseCase#submit} would). */
    RequestView requestOrThrow();

    /**
     * The submission is stored (or, retried under its key, was stored before) and committed.
     *
     * @param request the request, as {@link SubmitRequestUseCase#submit} answers it
     */
    record Submitted(RequestView request) implements SubmitOutcome {
        public Submitted {
            Objects.requireNonNull(request, "request: required");
        }

        @Override
        public boolean stored() {
            return true;
        }

        @Override
        public RequestView requestOrThrow() {
            return request;
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

        @Override
        public boolean stored() {
            return false;
        }

        @Override
        public RequestView requestOrThrow() {
            throw error;
        }
    }
}

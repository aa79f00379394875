package kz.qyzmet.application.request.port.in;

import java.util.Objects;

/** What became of one acceptance of a register taken in together ({@link AcceptBatchUseCase}). */
public sealed interface AcceptOutcome {

    /** Whether the intake's decision on the request is stored. */
    boolean stored();

    /** The request as decided; for a failed acceptance, its error is thrown (as {@link AcceptRequestUseCase#accept} would). */
    RequestView requestOrThrow();

    /**
     * The intake's decision is stored and committed: the request is accepted (with its receipt and deadlines) or, where
     * the intake check found reasons, refused at intake listing them — as {@link AcceptRequestUseCase#accept} decides.
     *
     * @param request the request, as {@link AcceptRequestUseCase#accept} answers it
     */
    record Decided(RequestView request) implements AcceptOutcome {
        public Decided {
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
     * The acceptance failed and nothing of it is stored: the request stays as it was.
     *
     * @param error what {@link AcceptRequestUseCase#accept} would have thrown for it alone
     */
    record Failed(RuntimeException error) implements AcceptOutcome {
        public Failed {
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

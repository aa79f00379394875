package kz.qyzmet.benchmarks;

import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * The check, made before anything is measured, that an implementation computes the same due date as the
 * calendar's {@code workingDayAfter} on every request of a fixture, so that the benchmark compares equal work.
 */
public final class Agreement {

    private Agreement() {
    }

    /**
     * The outcome of a check.
     *
     * @param compared          requests whose answers were compared, all equal
     * @param skipped           requests not compared: a worked weekend lies between the acceptance day and the
     *                          due date, which an implementation without worked weekends cannot know
     * @param differingSkipped  of the skipped, how many did get a different answer
     */
    public record Result(String implementation, int compared, int skipped, int differingSkipped) {
        @Override
        public String toString() {
            return implementation + ": same due date on " + compared + " requests"
                    + (skipped == 0 ? "" : "; " + skipped + " requests spanning a worked weekend not compared ("
                    + differingSkipped + " of them differ)");
        }
    }

    /**
     * Compares {@code dueDate.apply(i)} with the reference for every request i of the fixture.
     *
     * @param knowsWorkedWeekends false for an implementation that cannot express a worked weekend: the
     *                            requests with a worked weekend in {@code [acceptance day, due date]} are
     *                            then counted, not compared
     * @throws IllegalStateException naming the first request with a different answer
     */
    public static Result check(Fixture fixture, String implementation, IntFunction<LocalDate> dueDate, boolean knowsWorkedWeekends) {
        int compared = 0;
        int skipped = 0;
        int differingSkipped = 0;
        for (int i = 0; i < fixture.size(); i++) {
            LocalDate expected = fixture.expectedDueDate(i);
            LocalDate actual = dueDate.apply(i);
            if (!knowsWorkedWeekends && fixture.holidays.workedWeekendWithin(fixture.acceptanceDays[i], expected)) {
                skipped++;
                if (!expected.equals(actual)) {
                    differingSkipped++;
                }
                continue;
            }
            if (!expected.equals(actual)) {
                throw new IllegalStateException(implementation + " disagrees: accepted " + fixture.acceptedAt[i]
                        + " (" + fixture.acceptanceDays[i] + "), " + fixture.terms[i] + " working days: expected "
                        + expected + ", got " + actual);
            }
            compared++;
        }
        return new Result(implementation, compared, skipped, differingSkipped);
    }
}

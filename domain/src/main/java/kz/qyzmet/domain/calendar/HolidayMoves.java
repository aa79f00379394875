package kz.qyzmet.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The moving of a holiday's day off under art. 5 of the Law "On holidays": when a national or state holiday falls
 * on a Saturday or Sunday, its day off moves to the next working day (religious holidays are not moved). Several
 * holidays on one weekend move, in their order, to the working days that follow. Fed the days in calendar order,
 * it keeps the holidays whose day off is still to be placed.
 */
final class HolidayMoves {

    private final Deque<DayStatus.Holiday> waiting = new ArrayDeque<>();

    /** A holiday was found on {@code day}: remember it if its day off must move. */
    void holidayOn(DayStatus.Holiday holiday, boolean weekend) {
        if (weekend && holiday.rule().kind() == HolidayKind.NATIONAL_OR_STATE) {
            waiting.add(holiday);
        }
    }

    /** Whether a moved day off waits for the next day that would otherwise be a working day. */
    boolean waiting() {
        return !waiting.isEmpty();
    }

    /**
     * A transfer makes working the weekday the earliest waiting day off would move to (as Decree No. 820 of 2019
     * did with Monday 11 May 2020): that day off is taken by the transfer and no longer placed.
     *
     * @return false when no day off waits, so that the transfer has nothing to take
     */
    boolean takenByTransfer() {
        return waiting.poll() != null;
    }

    /** Places the earliest waiting day off on {@code day}, a day that would otherwise be a working day. */
    DayStatus.MovedHoliday placeOn(LocalDate day) {
        DayStatus.Holiday moved = waiting.remove();
        return new DayStatus.MovedHoliday(day, moved.rule(), moved.date());
    }
}

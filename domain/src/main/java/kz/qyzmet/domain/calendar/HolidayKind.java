package kz.qyzmet.domain.calendar;

/**
 * Whether a holiday's day off moves when it falls on a Saturday or Sunday.
 */
public enum HolidayKind {
    /**
     * A national or state holiday (Law "On holidays", art. 1–2): falling on a Saturday or Sunday, its day off
     * moves to the next working day (art. 5).
     */
    NATIONAL_OR_STATE,
    /** A religious holiday that is a day off (Orthodox Christmas, Kurban ait): it never moves. */
    RELIGIOUS
}

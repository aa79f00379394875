package kz.qyzmet.server.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock the scenario moves forward, in Almaty time. */
public final class MutableClock extends Clock {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private Instant now;

    public MutableClock(int year, int month, int day, int hour, int minute) {
        set(year, month, day, hour, minute);
    }

    public void set(int year, int month, int day, int hour, int minute) {
        now = ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ALMATY).toInstant();
    }

    void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ALMATY;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    static Instant almaty(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ALMATY).toInstant();
    }
}

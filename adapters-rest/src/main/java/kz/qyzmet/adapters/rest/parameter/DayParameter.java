package kz.qyzmet.adapters.rest.parameter;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import kz.qyzmet.adapters.rest.problem.BadParameterException;

/** The {@code on=YYYY-MM-DD} query parameter: the day asked about, today in the provider's zone when absent. */
public final class DayParameter {

    private DayParameter() {
    }

    /** The day the call asks about; a malformed one is a 400 naming {@code on}. */
    public static LocalDate on(Context ctx, Clock clock, ZoneId zone) {
        String on = ctx.queryParam("on");
        if (on == null) {
            return LocalDate.now(clock.withZone(zone));
        }
        try {
            return LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("on", "date", "must be a date YYYY-MM-DD, was '" + BadParameterException.shown(on) + "'");
        }
    }
}

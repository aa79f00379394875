package kz.qyzmet.adapters.rest.calendar;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.adapters.rest.language.AcceptLanguage;
import kz.qyzmet.adapters.rest.parameter.YearParameter;
import kz.qyzmet.adapters.rest.problem.BadParameterException;
import kz.qyzmet.application.calendar.port.in.CalendarYearView;
import kz.qyzmet.application.calendar.port.in.ShowCalendarYearUseCase;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.deadline.ExplanationText;
import kz.qyzmet.domain.language.Language;

/**
 * {@code GET /calendar/{year}}: the year's days off other than ordinary weekends (all of them with
 * {@code ?weekends=true}), each with its reason and legal source, the weekends worked by transfer, and
 * whether decree data exists for the year.
 */
public final class CalendarRoutes implements kz.qyzmet.adapters.rest.Routes {

    private final ShowCalendarYearUseCase calendar;
    private final ZoneId zone;

    public CalendarRoutes(ShowCalendarYearUseCase calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.get("/calendar/{year}", this::year);
    }

    record Day(LocalDate date, String kind, String reason) {
    }

    record YearResponse(int year, boolean decreeData, int workingDays, List<Day> daysOff, List<Day> weekendsWorked) {
    }

    private void year(Context ctx) {
        int year = YearParameter.of(ctx.pathParam("year"));
        boolean weekends = weekends(ctx.queryParam("weekends"));
        Language language = AcceptLanguage.choose(ctx.header("Accept-Language"));
        ctx.header("Content-Language", language.tag());
        ExplanationText text = new ExplanationText(language, zone);
        CalendarYearView view = calendar.showYear(year);
        ctx.json(new YearResponse(view.year(), view.decreeData(), view.workingDays(),
                view.daysOff().stream()
                        .filter(day -> weekends || !DayStatus.Weekend.KIND.equals(day.kind()))
                        .map(day -> new Day(day.date(), day.kind(), text.describe(day))).toList(),
                view.weekendsWorked().stream().map(day -> new Day(day.date(), day.kind(), text.describe(day))).toList()));
    }

    private static boolean weekends(String text) {
        if (text == null) {
            return false;
        }
        if (!text.equals("true") && !text.equals("false")) {
            throw new BadParameterException("weekends", "boolean", "must be true or false, was '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }
}

package kz.qyzmet.adapters.rest.admission;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.adapters.rest.Routes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.parameter.YearParameter;
import kz.qyzmet.application.admission.port.in.NotificationEntry;
import kz.qyzmet.application.admission.port.in.NotificationOrderQuery;
import kz.qyzmet.application.admission.port.in.NotificationOrderUseCase;

/**
 * {@code GET /admissions/notification-order?year=YYYY}: the caller's school's admission applications of the
 * year (this year by default) in the order of notification — three of its own territory, then one of another.
 */
public final class AdmissionRoutes implements Routes {

    private final NotificationOrderUseCase order;
    private final Clock clock;
    private final ZoneId zone;

    public AdmissionRoutes(NotificationOrderUseCase order, Clock clock, ZoneId zone) {
        this.order = Objects.requireNonNull(order, "order: required");
        this.clock = Objects.requireNonNull(clock, "clock: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.get("/admissions/notification-order", this::order);
    }

    private void order(Context ctx) {
        int year = year(ctx.queryParam("year"));
        List<NotificationEntry> entries = order.order(new NotificationOrderQuery(Authentication.actor(ctx), year));
        ctx.json(new OrderBody(year, entries.stream().map(entry -> new ApplicantBody(entry.position(), entry.request().toString(),
                entry.applicantIin(), entry.territory().name(), entry.registeredAt().atZone(zone).toOffsetDateTime())).toList()));
    }

    /** The answer: the year and its applicants in the order of notification. */
    record OrderBody(int year, List<ApplicantBody> applicants) {
    }

    /** One applicant of the order. */
    record ApplicantBody(int position, String request, String applicantIin, String territory, java.time.OffsetDateTime registeredAt) {
    }

    private int year(String value) {
        return value == null ? clock.instant().atZone(zone).getYear() : YearParameter.of(value);
    }
}

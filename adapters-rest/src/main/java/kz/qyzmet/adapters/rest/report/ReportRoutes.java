package kz.qyzmet.adapters.rest.report;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.util.Objects;
import kz.qyzmet.adapters.rest.Routes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.language.AcceptLanguage;
import kz.qyzmet.application.catalog.port.in.ListServicesUseCase;
import kz.qyzmet.application.report.port.in.MonthlyReportQuery;
import kz.qyzmet.application.report.port.in.MonthlyReportUseCase;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.report.MonthlyReport;

/**
 * The monthly monitoring report: {@code GET /reports/monthly?provider=&month=YYYY-MM} as JSON and
 * {@code GET /reports/monthly.html?provider=&month=} as a printable page in Kazakh, Russian or English (by
 * Accept-Language; English is Qyzmet's translation) with an inline SVG chart, no scripts and no external
 * resources. Only the provider's staff and the system may read it; anybody else gets 404.
 */
public final class ReportRoutes implements Routes {

    private final MonthlyReportUseCase reports;
    private final ListServicesUseCase catalog;

    public ReportRoutes(MonthlyReportUseCase reports, ListServicesUseCase catalog) {
        this.reports = Objects.requireNonNull(reports, "reports: required");
        this.catalog = Objects.requireNonNull(catalog, "catalog: required");
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.get("/reports/monthly", this::json);
        app.get("/reports/monthly.html", this::html);
    }

    private MonthlyReport report(Context ctx) {
        return reports.report(new MonthlyReportQuery(Authentication.actor(ctx), ctx.queryParam("provider"), ctx.queryParam("month")));
    }

    private void json(Context ctx) {
        ctx.json(ReportJson.of(report(ctx)));
    }

    private void html(Context ctx) {
        MonthlyReport report = report(ctx);
        Language language = AcceptLanguage.choose(ctx.header("Accept-Language"));
        ctx.header("Content-Language", language.tag());
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(new ReportPage(language, catalog.listServices()).render(report));
    }
}

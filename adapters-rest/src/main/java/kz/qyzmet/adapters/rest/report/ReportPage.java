package kz.qyzmet.adapters.rest.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.report.MonthlyReport;
import kz.qyzmet.domain.report.ReportLine;

/**
 * The monthly report as a printable HTML page in Kazakh, Russian or English (Qyzmet's translation): the counts per service and channel, the
 * breakdowns by refusal reason, ground and role, and a bar chart of on-time and overdue requests per
 * service as inline SVG. Self-contained: no scripts, no external resources; every text is escaped.
 */
final class ReportPage {

    /** The bar colours of the chart: on time and overdue. */
    static final String ON_TIME_COLOUR = "#2e7d32";
    static final String OVERDUE_COLOUR = "#c62828";

    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Language language;
    private final Map<ServiceId, ServiceStandard> services;

    ReportPage(Language language, List<ServiceStandard> services) {
        this.language = language;
        this.services = services.stream().collect(Collectors.toMap(ServiceStandard::id, Function.identity()));
    }

    /** The page's English: Qyzmet's translation of its Russian phrases. */
    private static final Map<String, String> ENGLISH = Map.ofEntries(pairs(
            "90-й процентиль, ч", "90th percentile, h",
            "Канал", "Channel",
            "Объект информатизации", "Informatization object",
            "Основание отказа", "Refusal ground",
            "Выдано", "Issued",
            "Мотивированный отказ", "Motivated refusal",
            "Период: ", "Period: ",
            "Посещения", "Visits",
            "Отозвано", "Withdrawn",
            "Канцелярия", "Provider's office",
            "Превышено время ожидания", "Waiting time exceeded",
            "Показатель", "Measure",
            "Одобрено", "Approved",
            "Медиана, ч", "Median, h",
            "работник Государственной корпорации", "State Corporation operator",
            "Государственная корпорация", "State Corporation",
            "Ежемесячный отчёт об оказании государственных услуг: ", "Monthly report on the provision of state services: ",
            "С нарушением срока", "Overdue",
            "В срок и с нарушением срока", "On time and overdue",
            "В срок", "On time",
            "В этом месяце заявлений нет.", "No applications this month.",
            "Портал", "Portal",
            "Количество", "Count",
            "По причинам и ролям", "By reason and role",
            "Поступило", "Received",
            "руководитель", "head",
            "система", "system",
            "сотрудник канцелярии", "intake officer",
            "услугополучатель", "applicant",
            "с нарушением срока", "overdue",
            "в срок", "on time",
            "исполнитель", "executor",
            "Принято", "Accepted",
            "Причина отказа в приёме", "Reason of refusal at intake",
            "Отказано в приёме", "Refused at intake",
            "Роль, пропустившая срок этапа", "Role that missed a step's deadline",
            "Превышено время обслуживания", "Desk time exceeded",
            "Услуга", "Service",
            "По услугам и каналам", "By service and channel",
            "Мобильное устройство", "Mobile device",
            "Пропущено сроков этапов", "Step deadlines missed",
            "Время обработки — рабочие часы от приёма до выдачи результата или отказа (медиана и 90-й процентиль).", "Processing time: working hours from acceptance to the issue of the result or the refusal (median and 90th percentile).",
            "Время ожидания и обслуживания — от получения талона до вызова и от вызова до окончания обслуживания; считаются посещения, превысившие максимально допустимое время по стандарту.", "Waiting and desk time: from the ticket to the call and from the call to the end of service; visits above the standard's maximum permitted time are counted."));

    private static Map.Entry<String, String>[] pairs(String... ruThenEn) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[ruThenEn.length / 2];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = Map.entry(ruThenEn[2 * i], ruThenEn[2 * i + 1]);
        }
        return entries;
    }

    private String t(String kk, String ru) {
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> ENGLISH.getOrDefault(ru, ru);
        };
    }

    String render(MonthlyReport report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title(report))).append("</title><style>")
                .append("body{font-family:'DejaVu Sans',Arial,sans-serif;color:#111;margin:24px;font-size:13px}")
                .append("h1{font-size:20px}h2{font-size:16px;margin-top:24px}")
                .append("table{border-collapse:collapse;margin:8px 0;font-size:11px}th,td{border:1px solid #444;padding:3px 5px;text-align:right}")
                .append("th{background:#e8e8e8;text-align:center}td.name{text-align:left;max-width:260px}")
                .append("@media print{body{margin:0}}</style></head><body>\n");
        html.append("<h1>").append(esc(title(report))).append("</h1>\n<p>")
                .append(esc(t("Кезең: ", "Период: "))).append(esc(report.from().atZone(report.zone()).toLocalDate().toString()))
                .append(" — ").append(esc(MINUTE.format(report.cutOff().atZone(report.zone()))))
                .append(" (").append(esc(report.zone().getId())).append(")</p>\n");
        if (report.lines().isEmpty()) {
            html.append("<p>").append(esc(t("Осы айда өтініштер жоқ.", "В этом месяце заявлений нет."))).append("</p>\n");
        } else {
            counts(html, report);
            breakdowns(html, report);
            chart(html, report);
        }
        html.append("<p class=\"rules\">").append(esc(t(
                "Өңдеу уақыты — қабылдаудан нәтиже беруге немесе бас тартуға дейінгі жұмыс сағаттары (медиана және 90-шы процентиль).",
                "Время обработки — рабочие часы от приёма до выдачи результата или отказа (медиана и 90-й процентиль).")))
                .append("</p>\n<p class=\"rules\">").append(esc(t(
                "Күту және қызмет көрсету уақыты — талон алудан шақыруға дейін және шақырудан қызмет көрсетудің соңына дейін; "
                        + "стандартта көрсетілген ең ұзақ рұқсат етілген уақыттан асқан келушілер саналады.",
                "Время ожидания и обслуживания — от получения талона до вызова и от вызова до окончания обслуживания; "
                        + "считаются посещения, превысившие максимально допустимое время по стандарту.")))
                .append("</p>\n</body></html>\n");
        return html.toString();
    }

    private String title(MonthlyReport report) {
        return t("Мемлекеттік қызметтер көрсету туралы айлық есеп: ", "Ежемесячный отчёт об оказании государственных услуг: ")
                + report.provider().value() + ", " + report.month();
    }

    private void counts(StringBuilder html, MonthlyReport report) {
        html.append("<h2>").append(esc(t("Қызметтер мен арналар бойынша", "По услугам и каналам"))).append("</h2>\n<table id=\"counts\"><tr>");
        for (String header : List.of(t("Қызмет", "Услуга"), t("Арна", "Канал"), t("Түсті", "Поступило"),
                t("Қабылдаудан бас тартылды", "Отказано в приёме"), t("Қабылданды", "Принято"), t("Мақұлданды", "Одобрено"),
                t("Дәлелді бас тарту", "Мотивированный отказ"), t("Берілді", "Выдано"), t("Кері қайтарылды", "Отозвано"),
                t("Мерзімінде", "В срок"), t("Мерзімі өткен", "С нарушением срока"), t("Медиана, сағ", "Медиана, ч"),
                t("90-шы процентиль, сағ", "90-й процентиль, ч"), t("Өткізілген қадам мерзімдері", "Пропущено сроков этапов"),
                t("Келушілер", "Посещения"), t("Күту уақыты асып кетті", "Превышено время ожидания"),
                t("Қызмет көрсету уақыты асып кетті", "Превышено время обслуживания"))) {
            html.append("<th>").append(esc(header)).append("</th>");
        }
        html.append("</tr>\n");
        for (ReportLine line : report.lines()) {
            html.append("<tr class=\"line\" data-service=\"").append(esc(line.service().value())).append("\" data-channel=\"")
                    .append(line.channel().name()).append("\"><td class=\"name\">").append(esc(serviceName(line.service())))
                    .append("</td><td class=\"name\">").append(esc(channel(line.channel()))).append("</td>");
            for (Object value : new Object[] {line.received(), line.intakeRefused(), line.accepted(), line.approved(), line.refused(),
                    line.issued(), line.withdrawn(), line.onTime(), line.overdue(), hours(ReportJson.hours(line.medianWorkingTime())),
                    hours(ReportJson.hours(line.p90WorkingTime())), line.missedSteps().values().stream().mapToInt(Integer::intValue).sum(),
                    line.counterVisits(), line.waitingBreaches(), line.deskBreaches()}) {
                html.append("<td>").append(esc(String.valueOf(value))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void breakdowns(StringBuilder html, MonthlyReport report) {
        html.append("<h2>").append(esc(t("Себептер мен рөлдер бойынша", "По причинам и ролям"))).append("</h2>\n<table id=\"breakdowns\"><tr><th>")
                .append(esc(t("Қызмет", "Услуга"))).append("</th><th>").append(esc(t("Арна", "Канал"))).append("</th><th>")
                .append(esc(t("Көрсеткіш", "Показатель"))).append("</th><th>").append(esc(t("Саны", "Количество"))).append("</th></tr>\n");
        for (ReportLine line : report.lines()) {
            breakdown(html, line, t("Қабылдаудан бас тарту себебі", "Причина отказа в приёме"), line.intakeRefusalReasons());
            breakdown(html, line, t("Бас тарту негізі", "Основание отказа"), line.refusalGrounds());
            breakdown(html, line, t("Қадам мерзімін өткізген рөл", "Роль, пропустившая срок этапа"), line.missedSteps().entrySet().stream()
                    .collect(Collectors.toMap(e -> role(e.getKey()), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)));
        }
        html.append("</table>\n");
    }

    private void breakdown(StringBuilder html, ReportLine line, String what, Map<String, Integer> counts) {
        counts.forEach((key, count) -> html.append("<tr class=\"breakdown\"><td class=\"name\">").append(esc(serviceName(line.service())))
                .append("</td><td class=\"name\">").append(esc(channel(line.channel()))).append("</td><td class=\"name\">").append(esc(what))
                .append(": ").append(esc(key)).append("</td><td>").append(count).append("</td></tr>\n"));
    }

    private void chart(StringBuilder html, MonthlyReport report) {
        Map<ServiceId, MonthlyReport.Timeliness> byService = report.timelinessByService();
        int max = Math.max(1, byService.values().stream().mapToInt(t -> t.onTime() + t.overdue()).max().orElse(1));
        int rowHeight = 34;
        int labelWidth = 360;
        int barWidth = 560;
        int height = 40 + rowHeight * byService.size();
        html.append("<h2>").append(esc(t("Мерзімінде және мерзімі өткен", "В срок и с нарушением срока"))).append("</h2>\n")
                .append("<svg id=\"timeliness\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barWidth + 60)
                .append("\" height=\"").append(height).append("\" role=\"img\">\n");
        int y = 10;
        for (Map.Entry<ServiceId, MonthlyReport.Timeliness> entry : byService.entrySet()) {
            int onTime = entry.getValue().onTime();
            int overdue = entry.getValue().overdue();
            int onTimeWidth = barWidth * onTime / max;
            int overdueWidth = barWidth * overdue / max;
            html.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"12\">").append(esc(clip(serviceName(entry.getKey()), 48)))
                    .append("</text>\n");
            html.append("<rect class=\"bar on-time\" data-service=\"").append(esc(entry.getKey().value())).append("\" data-count=\"").append(onTime)
                    .append("\" x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"").append(onTimeWidth)
                    .append("\" height=\"24\" fill=\"").append(ON_TIME_COLOUR).append("\"/>\n");
            html.append("<rect class=\"bar overdue\" data-service=\"").append(esc(entry.getKey().value())).append("\" data-count=\"").append(overdue)
                    .append("\" x=\"").append(labelWidth + onTimeWidth).append("\" y=\"").append(y).append("\" width=\"").append(overdueWidth)
                    .append("\" height=\"24\" fill=\"").append(OVERDUE_COLOUR).append("\"/>\n");
            html.append("<text x=\"").append(labelWidth + onTimeWidth + overdueWidth + 6).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"12\">").append(onTime).append(" / ").append(overdue).append("</text>\n");
            y += rowHeight;
        }
        html.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"12\" height=\"12\" fill=\"")
                .append(ON_TIME_COLOUR).append("\"/><text x=\"").append(labelWidth + 16).append("\" y=\"").append(y + 15)
                .append("\" font-size=\"12\">").append(esc(t("мерзімінде", "в срок"))).append("</text>\n");
        html.append("<rect x=\"").append(labelWidth + 120).append("\" y=\"").append(y + 4).append("\" width=\"12\" height=\"12\" fill=\"")
                .append(OVERDUE_COLOUR).append("\"/><text x=\"").append(labelWidth + 136).append("\" y=\"").append(y + 15)
                .append("\" font-size=\"12\">").append(esc(t("мерзімі өткен", "с нарушением срока"))).append("</text>\n</svg>\n");
    }

    private String serviceName(ServiceId id) {
        ServiceStandard standard = services.get(id);
        if (standard == null) {
            return id.value();
        }
        return standard.officialCode().map(code -> code.value() + " ").orElse("") + standard.name().in(language).text();
    }

    private String channel(Channel channel) {
        return switch (channel) {
            case PROVIDER_OFFICE -> t("Кеңсе", "Канцелярия");
            case STATE_CORPORATION -> t("Мемлекеттік корпорация", "Государственная корпорация");
            case EGOV_PORTAL -> t("Портал", "Портал");
            case PLATFORM -> t("Ақпараттандыру объектісі", "Объект информатизации");
            case MOBILE -> t("Ұялы құрылғы", "Мобильное устройство");
        };
    }

    private String role(Role role) {
        return switch (role) {
            case INTAKE_OFFICER -> t("кеңсе қызметкері", "сотрудник канцелярии");
            case HEAD -> t("басшы", "руководитель");
            case EXECUTOR -> t("орындаушы", "исполнитель");
            case STATE_CORPORATION_OPERATOR -> t("Мемлекеттік корпорация қызметкері", "работник Государственной корпорации");
            case APPLICANT -> t("көрсетілетін қызметті алушы", "услугополучатель");
            case SYSTEM -> t("жүйе", "система");
        };
    }

    private static String hours(BigDecimal hours) {
        return hours == null ? "—" : hours.toPlainString();
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly report over HTTP, on the embedded database: two requests of school-1 in April 2025 walked
 * through the API, the report read by the school's staff and the system, refused (404) to everybody else,
 * and its HTML page rendered by headless Chromium.
 */
class MonthlyReportApiTest extends ServerPerTest {

    private static final String APRIL = "/reports/monthly?provider=school-1&month=2025-04";

    @BeforeEach
    void april() {
        MutableClock clock = new MutableClock(2025, 4, 1, 10, 0);
        start(clock);
        // at the school, Tuesday 1 April 10:00: accepted, assigned, approved and signed at once; issued Wednesday 2 April 10:00
        String office = api.submitted("clerk", "report-office", ApiServer.SUBMISSION);
        api.act("clerk", office, "accept", null);
        api.act("director", office, "assign", "{\"executor\": \"teacher\"}");
        api.act("teacher", office, "start-review", null);
        api.act("teacher", office, "approve", null);
        api.act("director", office, "ready", null);
        // at the State Corporation at the same moment: accepted, then nobody at the school touches it
        String stateCorporation = api.submitted("operator", "report-state-corporation", ApiServer.STATE_CORPORATION_SUBMISSION);
        api.act("operator", stateCorporation, "accept", null);
        clock.set(2025, 4, 2, 10, 0);
        assertThat(api.act("clerk", office, "issue", null).status()).isEqualTo(200);
        clock.set(2025, 5, 5, 12, 0);
    }

    @Test
    void theSchoolsStaffAndTheSystemReadTheReport() {
        ApiServer.Answer answer = api.as("director", "GET", APRIL, null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode report = answer.body();
        assertThat(report.get("month").asText()).isEqualTo("2025-04");
        assertThat(report.get("from").asText()).isEqualTo("2025-04-01T00:00:00+05:00");
        assertThat(report.get("cutOff").asText()).isEqualTo("2025-05-01T00:00:00+05:00");
        assertThat(report.get("lines")).hasSize(2);
        JsonNode office = report.at("/lines/0");
        assertThat(office.get("channel").asText()).isEqualTo("PROVIDER_OFFICE");
        assertThat(office.get("received").asInt()).isEqualTo(1);
        assertThat(office.get("accepted").asInt()).isEqualTo(1);
        assertThat(office.get("approved").asInt()).isEqualTo(1);
        assertThat(office.get("issued").asInt()).isEqualTo(1);
        assertThat(office.get("completedOnTime").asInt()).isEqualTo(1);
        // 1 April 10:00–13:00 and 14:00–18:00, 2 April 9:00–10:00: 3 + 4 + 1 = 8 working hours
        assertThat(office.get("medianWorkingHours").decimalValue()).isEqualByComparingTo("8");
        assertThat(office.get("p90WorkingHours").decimalValue()).isEqualByComparingTo("8");
        assertThat(office.get("missedSteps")).isEmpty();
        JsonNode stateCorporation = report.at("/lines/1");
        assertThat(stateCorporation.get("channel").asText()).isEqualTo("STATE_CORPORATION");
        assertThat(stateCorporation.get("received").asInt()).isEqualTo(1);
        // 15 working days from 1 April end on 22 April; still open at the cut-off
        assertThat(stateCorporation.get("openOverdue").asInt()).isEqualTo(1);
        assertThat(stateCorporation.get("overdue").asInt()).isEqualTo(1);
        assertThat(stateCorporation.get("medianWorkingHours").isNull()).isTrue();
        // the head's resolution was due at 11:00 (four 15-minute steps from 10:00) and never came, nor did the review
        // (due 21 April 18:00) or the clerk's hand-over (22 April 18:00)
        assertThat(stateCorporation.get("missedSteps").toString()).isEqualTo("{\"EXECUTOR\":1,\"HEAD\":1,\"INTAKE_OFFICER\":1}");

        for (String user : new String[] {"clerk", "teacher", "portal"}) {
            ApiServer.Answer same = api.as(user, "GET", APRIL, null);
            assertThat(same.status()).as(user).isEqualTo(200);
            assertThat(same.body().get("lines")).as(user).isEqualTo(report.get("lines"));
        }
    }

    @Test
    void anotherSchoolsStaffApplicantsAndTheStateCorporationFindNoReport() {
        for (String user : new String[] {"clerk2", "director2", "aigerim", "operator"}) {
            ApiServer.Answer answer = api.as(user, "GET", APRIL, null, "Accept-Language", "kk");
            assertThat(answer.status()).as(user).isEqualTo(404);
            assertThat(answer.body().get("type").asText()).isEqualTo("/problems/report-not-found");
            assertThat(answer.body().get("detail").asText()).contains("school-1");
            assertThat(api.as(user, "GET", APRIL.replace("monthly", "monthly.html"), null).status()).as(user).isEqualTo(404);
        }
        assertThat(api.call("GET", APRIL, null).status()).isEqualTo(401);
    }

    @Test
    void aBadMonthOrProviderIsA400NamingTheParameter() {
        assertThat(field(api.as("director", "GET", "/reports/monthly?provider=school-1&month=2025-13", null))).isEqualTo("month");
        assertThat(field(api.as("director", "GET", "/reports/monthly?provider=school-1&month=April", null))).isEqualTo("month");
        assertThat(field(api.as("director", "GET", "/reports/monthly?provider=school-1", null))).isEqualTo("month");
        assertThat(field(api.as("director", "GET", "/reports/monthly?month=2025-04", null))).isEqualTo("provider");
        assertThat(field(api.as("director", "GET", "/reports/monthly.html?provider=School%201&month=2025-04", null))).isEqualTo("provider");
    }

    private static String field(ApiServer.Answer answer) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("type").asText()).isEqualTo("/problems/invalid-request");
        assertThat(answer.body().get("errors")).hasSize(1);
        return answer.body().at("/errors/0/field").asText();
    }

    @Test
    void thePageIsInKazakhRussianOrEnglishWithTheTablesAndTheChart() {
        ApiServer.Answer kk = api.as("director", "GET", "/reports/monthly.html?provider=school-1&month=2025-04", null, "Accept-Language", "kk");
        assertThat(kk.status()).isEqualTo(200);
        assertThat(kk.contentType()).startsWith("text/html");
        assertThat(kk.header("Content-Language")).isEqualTo("kk");
        assertThat(kk.response().body()).contains("<html lang=\"kk\">", "Мемлекеттік қызметтер көрсету туралы айлық есеп", "Кеңсе",
                "class=\"bar on-time\"", "class=\"bar overdue\"").doesNotContain("<script", "src=", "href=", "url(", "@import");
        ApiServer.Answer en = api.as("director", "GET", "/reports/monthly.html?provider=school-1&month=2025-04", null, "Accept-Language", "en");
        assertThat(en.header("Content-Language")).isEqualTo("en");
        assertThat(en.response().body()).contains("<html lang=\"en\">", "Monthly report on the provision of state services", "Provider&#39;s office",
                "State Corporation", "Issue of duplicates of basic secondary").doesNotContainPattern("\\p{IsCyrillic}");
        ApiServer.Answer ru = api.as("director", "GET", "/reports/monthly.html?provider=school-1&month=2025-04", null, "Accept-Language", "ru");
        assertThat(ru.response().body()).contains("Ежемесячный отчёт об оказании государственных услуг", "Канцелярия",
                "Государственная корпорация");
    }

    @Test
    void chromiumRendersThePageWithTextAndBothBarColours(@TempDir Path work) throws IOException {
        HeadlessChromium.require();
        // the page needs the bearer token: fetch it as the school's head, render the saved copy
        String html = api.as("director", "GET", "/reports/monthly.html?provider=school-1&month=2025-04", null, "Accept-Language", "ru")
                .response().body();
        Path page = work.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        String url = page.toUri().toString();

        Path png = work.resolve("report.png");
        HeadlessChromium.screenshot(url, png, 1200, 1600, work);
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG image").isNotNull();
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(1600);
        int dark = 0;
        int green = 0;
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r < 80 && g < 80 && b < 80) {
                    dark++;
                }
                if (near(r, g, b, 0x2e, 0x7d, 0x32)) {
                    green++;
                }
                if (near(r, g, b, 0xc6, 0x28, 0x28)) {
                    red++;
                }
            }
        }
        assertThat(dark).as("dark pixels: text and table rules").isGreaterThan(2000);
        assertThat(green).as("pixels of the on-time bar").isGreaterThan(500);
        assertThat(red).as("pixels of the overdue bar").isGreaterThan(500);

        String dom = HeadlessChromium.dumpDom(url, work);
        assertThat(dom).contains("<tr class=\"line\" data-service=\"education-document-duplicate\" data-channel=\"PROVIDER_OFFICE\">",
                "<tr class=\"line\" data-service=\"education-document-duplicate\" data-channel=\"STATE_CORPORATION\">",
                "<svg id=\"timeliness\"", "class=\"bar on-time\"", "class=\"bar overdue\"", "Канцелярия");
    }

    private static boolean near(int r, int g, int b, int er, int eg, int eb) {
        return Math.abs(r - er) <= 12 && Math.abs(g - eg) <= 12 && Math.abs(b - eb) <= 12;
    }
}

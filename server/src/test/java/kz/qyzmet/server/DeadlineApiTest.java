package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deadline previews and calendar years through the real server. */
class DeadlineApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @TempDir
    static Path data;

    private static QyzmetServer server;

    @BeforeAll
    static void start() {
        server = QyzmetServer.start(new ServerConfig(0, "127.0.0.1", data, null, null, ALMATY, null),
                Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneId.of("UTC")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Answer(int status, String contentType, JsonNode body) {
    }

    private static Answer post(String path, String contentType, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), JSON.readTree(response.body()));
    }

    private static Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), JSON.readTree(response.body()));
    }

    private static Answer preview(String body) throws IOException, InterruptedException {
        return post("/deadlines/preview", "application/json", body);
    }

    @Test
    void theWorkedExampleThroughTheApi() throws Exception {
        Answer answer = post("/deadlines/preview", "application/json",
                "{\"service\": \"803005\", \"channel\": \"PROVIDER_OFFICE\", \"receivedAt\": \"2025-03-17T10:00:00+05:00\"}",
                "Accept-Language", "en");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("acceptedAt").asText()).isEqualTo("2025-03-17T10:00:00+05:00");
        assertThat(answer.body().get("dueAt").asText()).isEqualTo("2025-04-10T18:00:00+05:00");
        assertThat(answer.body().get("explanation").toString())
                .contains("Counting starts the day after acceptance")
                .contains("2025-03-24 (Monday) — day off moved: Nauryz");
        assertThat(answer.body().get("steps")).hasSize(4);
        assertThat(answer.body().get("steps").get(2).get("role").asText()).isEqualTo("EXECUTOR");
    }

    @Test
    void aPreviewAnswersForTheKindOfStateCorporationOfficeAsAcceptingWould() throws Exception {
        // camp vouchers: duty departments keep Saturday 9:00-13:00 (000 annex 5 field 7 item 2), ordinary ones do not
        String saturday = "{\"service\": \"camp-voucher\", \"channel\": \"STATE_CORPORATION\", \"receivedAt\": \"2025-05-17T10:00:00+05:00\"%s}";
        Answer duty = preview(saturday.formatted(", \"officeKind\": \"DUTY\""));
        assertThat(duty.status()).as(duty.body().toString()).isEqualTo(200);
        assertThat(duty.body().get("acceptedAt").asText()).isEqualTo("2025-05-17T10:00:00+05:00");
        Answer ordinary = preview(saturday.formatted(", \"officeKind\": \"ORDINARY\""));
        assertThat(ordinary.body().get("acceptedAt").asText()).isEqualTo("2025-05-19T09:00:00+05:00");
        assertThat(preview(saturday.formatted("")).body().get("acceptedAt").asText()).as("not stated: an ordinary department")
                .isEqualTo("2025-05-19T09:00:00+05:00");
    }

    @Test
    void aPreviewAnswersForWhereTheStateCorporationOfficeLies() throws Exception {
        // teacher attestation: 3 working days at the provider's location, 7 away from it (004 plan row 5 item 8)
        String monday = "{\"service\": \"803014\", \"channel\": \"STATE_CORPORATION\", \"receivedAt\": \"2024-09-16T10:00:00+05:00\"%s}";
        Answer away = preview(monday.formatted(", \"filedAt\": \"AWAY_FROM_PROVIDER\""));
        assertThat(away.status()).as(away.body().toString()).isEqualTo(200);
        assertThat(away.body().get("dueAt").asText()).startsWith("2024-09-25T");
        assertThat(preview(monday.formatted(", \"filedAt\": \"PROVIDER_LOCATION\"")).body().get("dueAt").asText()).startsWith("2024-09-19T");
    }

    @Test
    void onlyAPreviewAtTheStateCorporationSaysWhereAndAtWhichKindOfOffice() throws Exception {
        for (String member : new String[] {"\"officeKind\": \"DUTY\"", "\"filedAt\": \"AWAY_FROM_PROVIDER\""}) {
            Answer answer = post("/deadlines/preview", "application/json",
                    "{\"service\": \"camp-voucher\", \"channel\": \"PROVIDER_OFFICE\", \"receivedAt\": \"2025-05-16T10:00:00+05:00\", " + member + "}",
                    "Accept-Language", "en");
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
            assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo(member.substring(1, member.indexOf('"', 1)));
            assertThat(answer.body().at("/errors/0/message").asText()).isEqualTo("is only given with channel STATE_CORPORATION");
        }
    }

    @Test
    void onTheStateCorporationPathEachStepRunsInItsPerformersHoursAndNoneAfterTheRequest() throws Exception {
        // handed in at the State Corporation on Friday 18 April 2025 at 19:30: its two steps end at 20:00 that Friday
        Answer answer = preview("{\"service\": \"803005\", \"channel\": \"STATE_CORPORATION\", \"receivedAt\": \"2025-04-18T19:30:00+05:00\"}");
        assertThat(answer.status()).isEqualTo(200);
        var steps = answer.body().get("steps");
        assertThat(steps.get(1).get("role").asText()).isEqualTo("STATE_CORPORATION_OPERATOR");
        assertThat(steps.get(1).get("dueAt").asText()).isEqualTo("2025-04-18T20:00:00+05:00");
        // the school's clerk works Monday to Friday: the registration is due Monday 09:15, not Saturday at the State Corporation
        assertThat(steps.get(2).get("role").asText()).isEqualTo("INTAKE_OFFICER");
        assertThat(steps.get(2).get("dueAt").asText()).isEqualTo("2025-04-21T09:15:00+05:00");
        String due = answer.body().get("dueAt").asText();
        steps.forEach(step -> assertThat(java.time.OffsetDateTime.parse(step.get("dueAt").asText()))
                .as("step %s", step.get("number")).isBeforeOrEqualTo(java.time.OffsetDateTime.parse(due)));
        assertThat(steps.get(steps.size() - 1).get("dueAt").asText()).isEqualTo(due);
    }

    @Test
    void thePreviewEqualsTheDomainsDeadline() throws Exception {
        Instant received = ZonedDateTime.of(2026, 1, 30, 19, 45, 0, 0, ALMATY).toInstant();
        ServiceStandard externat = JsonCatalogSource.builtIn().catalog().find("externat-permission").orElseThrow();
        Deadline expected = new DeadlinePolicy(JsonCalendarSource.builtIn().calendar(), ALMATY, QyzmetServer.DEFAULT_PROVIDER_HOURS)
                .deadline(externat.id(), externat.versionOn(java.time.LocalDate.of(2026, 2, 2)).orElseThrow(), Channel.EGOV_PORTAL, received);
        JsonNode body = preview("{\"service\": \"externat-permission\", \"channel\": \"EGOV_PORTAL\", \"receivedAt\": \"2026-01-30T19:45:00+05:00\"}").body();
        assertThat(java.time.OffsetDateTime.parse(body.get("acceptedAt").asText()).toInstant())
                .isEqualTo(expected.acceptance().acceptedAt());
        assertThat(java.time.OffsetDateTime.parse(body.get("dueAt").asText()).toInstant()).isEqualTo(expected.dueAt());
        assertThat(body.get("acceptance").asText()).isEqualTo("AFTER_INTAKE_HOURS");
    }

    @Test
    void aReceivedAtWithoutOffsetIsRefusedNamingTheField() throws Exception {
        Answer answer = preview("{\"service\": \"803005\", \"channel\": \"PROVIDER_OFFICE\", \"receivedAt\": \"2025-03-17T10:00:00\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("receivedAt");
    }

    @Test
    void badBodiesAreNamedProblems() throws Exception {
        assertThat(preview("{\"service\": \"803005\", \"channel\": \"FAX\", \"receivedAt\": \"2025-03-17T10:00:00+05:00\"}")
                .body().get("errors").get(0).get("field").asText()).isEqualTo("channel");
        assertThat(preview("{\"service\": \"803005\", \"chanel\": \"PROVIDER_OFFICE\"}").body().get("errors").get(0).get("rule").asText())
                .isEqualTo("unknown");
        Answer missing = preview("{\"service\": \"803005\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors")).extracting(e -> e.get("field").asText()).contains("channel", "receivedAt");
        assertThat(preview("{\"service\": ").body().get("type").asText()).isEqualTo("/problems/malformed-body");
        assertThat(preview("[1, 2]").status()).isEqualTo(400);
        assertThat(post("/deadlines/preview", "text/plain", "service=803005").status()).isEqualTo(415);
        assertThat(preview("{\"service\": \"999999\", \"channel\": \"PROVIDER_OFFICE\", \"receivedAt\": \"2025-03-17T10:00:00+05:00\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aSchoolTransferIsDueWithinItsDeskTimeAndADateOutsideTheCalendarIs422() throws Exception {
        Answer transfer = preview("{\"service\": \"school-transfer\", \"channel\": \"PROVIDER_OFFICE\", \"receivedAt\": \"2025-03-17T10:00:00+05:00\"}");
        assertThat(transfer.status()).isEqualTo(200);
        assertThat(transfer.body().get("dueAt").asText()).isEqualTo("2025-03-17T10:30:00+05:00");
        Answer outside = preview("{\"service\": \"803005\", \"channel\": \"PROVIDER_OFFICE\", \"receivedAt\": \"2036-03-17T10:00:00+05:00\"}");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.body().get("type").asText()).isEqualTo("/problems/outside-calendar");
    }

    @Test
    void aRequestReceivedInLate2030IsDueIn2031UnderTheStatutoryRules() throws Exception {
        // the README's example: accepted at Monday's opening, due on the 15th working day, 7 January 2031 skipped
        Answer answer = post("/deadlines/preview", "application/json",
                "{\"service\": \"803005\", \"channel\": \"PROVIDER_OFFICE\", \"receivedAt\": \"2030-12-28T10:00:00+05:00\"}",
                "Accept-Language", "en");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("acceptedAt").asText()).isEqualTo("2030-12-30T09:00:00+05:00");
        assertThat(answer.body().get("dueAt").asText()).isEqualTo("2031-01-23T18:00:00+05:00");
        assertThat(answer.body().get("explanation").toString()).contains("No decree data for 2031: statutory rules only")
                .contains("2031-01-07 (Tuesday) — holiday: Orthodox Christmas");
        assertThat(get("/calendar/2035").body().get("decreeData").asBoolean()).isFalse();
    }

    @Test
    void theDecreeTransfersOf2020AreInTheCalendar() throws Exception {
        Answer answer = get("/calendar/2020");
        assertThat(answer.body().get("decreeData").asBoolean()).isTrue();
        assertThat(answer.body().get("weekendsWorked")).extracting(day -> day.get("date").asText())
                .containsExactly("2020-01-05", "2020-05-11", "2020-12-20");
        assertThat(answer.body().get("daysOff")).filteredOn(day -> day.get("kind").asText().equals("TRANSFERRED_DAY_OFF"))
                .extracting(day -> day.get("date").asText()).containsExactly("2020-01-03", "2020-05-08", "2020-12-18");
    }

    @Test
    void aChannelTheServiceDoesNotOfferIs404() throws Exception {
        Answer answer = preview("{\"service\": \"803005\", \"channel\": \"MOBILE\", \"receivedAt\": \"2025-03-17T10:00:00+05:00\"}");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("type").asText()).isEqualTo("/problems/channel-not-offered");
    }

    @Test
    void aCalendarYearListsItsDaysOffWithReasons() throws Exception {
        Answer answer = get("/calendar/2025");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("decreeData").asBoolean()).isTrue();
        assertThat(answer.body().get("daysOff").toString()).contains("2025-01-03").contains("TRANSFERRED_DAY_OFF").contains("2025-03-24");
        assertThat(answer.body().get("weekendsWorked").get(0).get("date").asText()).isEqualTo("2025-01-05");
        assertThat(answer.body().get("daysOff")).noneMatch(day -> day.get("kind").asText().equals("WEEKEND"));
        assertThat(get("/calendar/2025?weekends=true").body().get("daysOff")).anyMatch(day -> day.get("kind").asText().equals("WEEKEND"));
        assertThat(get("/calendar/2027").body().get("decreeData").asBoolean()).isFalse();
    }

    @Test
    void aCalendarYearOutsideTheDataOrMalformedIsAProblem() throws Exception {
        assertThat(get("/calendar/2040").status()).isEqualTo(422);
        assertThat(get("/calendar/20x5").status()).isEqualTo(400);
        assertThat(get("/calendar/2025?weekends=yes").body().get("errors").get(0).get("field").asText()).isEqualTo("weekends");
    }
}

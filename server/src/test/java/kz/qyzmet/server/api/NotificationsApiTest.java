package kz.qyzmet.server.api;

import static kz.qyzmet.server.api.ApiServer.APPLICANT_IIN;
import static kz.qyzmet.server.api.ApiServer.OTHER_IIN;
import static kz.qyzmet.server.api.ApiServer.SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /notifications} on the bundled server: an applicant reads the messages about their own requests,
 * from the database, in the language asked for; nobody else's, and staff have an empty cabinet.
 */
class NotificationsApiTest {

    @TempDir
    static Path data;

    private static ApiServer api;
    private static String aigerims;
    private static String nurlans;

    @BeforeAll
    static void start() {
        // Monday 14 April 2025, 10:00 in Almaty
        api = ApiServer.start(data, Clock.fixed(Instant.parse("2025-04-14T05:00:00Z"), ZoneId.of("UTC")));
        aigerims = api.submitted("clerk", "cabinet-aigerim", SUBMISSION);
        api.act("clerk", aigerims, "accept", null);
        nurlans = api.submitted("clerk", "cabinet-nurlan", SUBMISSION.replace(APPLICANT_IIN, OTHER_IIN));
        api.act("clerk", nurlans, "accept", null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theApplicantReadsTheReceiptOfTheirOwnRequestWithTheDeadlineAndItsExplanationInKazakhOrRussian() {
        ApiServer.Answer kk = api.as("aigerim", "GET", "/notifications", null, "Accept-Language", "kk");
        assertThat(kk.status()).isEqualTo(200);
        assertThat(kk.header("Content-Language")).isEqualTo("kk");
        assertThat(requestIds(kk.body())).containsExactly(aigerims);
        JsonNode receipt = kk.body().at("/notifications/0");
        assertThat(receipt.get("kind").asText()).isEqualTo("ACCEPTED");
        assertThat(receipt.get("language").asText()).isEqualTo("kk");
        assertThat(receipt.get("text").asText()).contains("қабылданды", "2025-05-06 18:00", "Мерзімнің негіздемесі",
                "мереке");

        ApiServer.Answer ru = api.as("aigerim", "GET", "/notifications", null, "Accept-Language", "ru");
        assertThat(ru.header("Content-Language")).isEqualTo("ru");
        assertThat(ru.body().at("/notifications/0/text").asText()).contains("принято", "Срок оказания услуги: 2025-05-06 18:00",
                "Обоснование срока", "праздник");
    }

    @Test
    void inEnglishTheReceiptIsQyzmetsTranslationMarkedSo() {
        ApiServer.Answer en = api.as("aigerim", "GET", "/notifications", null, "Accept-Language", "en");
        assertThat(en.header("Content-Language")).isEqualTo("en");
        JsonNode receipt = en.body().at("/notifications/0");
        assertThat(receipt.get("language").asText()).isEqualTo("en");
        assertThat(receipt.get("translated").asBoolean()).isTrue();
        assertThat(receipt.get("text").asText()).contains("accepted", "The service is due: 2025-05-06 18:00", "holiday")
                .doesNotContainPattern("\\p{IsCyrillic}");
        assertThat(api.as("aigerim", "GET", "/notifications", null, "Accept-Language", "kk").body().at("/notifications/0/translated")
                .asBoolean()).isFalse();
    }

    @Test
    void anotherApplicantSeesOnlyTheirOwnAndStaffHaveNoCabinet() {
        assertThat(requestIds(api.as("nurlan", "GET", "/notifications", null).body())).containsExactly(nurlans);
        ApiServer.Answer clerk = api.as("clerk", "GET", "/notifications", null);
        assertThat(clerk.status()).isEqualTo(200);
        assertThat(clerk.body().get("notifications")).isEmpty();
        assertThat(api.call("GET", "/notifications", null).status()).isEqualTo(401);
    }

    private static List<String> requestIds(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("notifications").forEach(notification -> ids.add(notification.get("requestId").asText()));
        return ids;
    }
}

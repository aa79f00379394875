package kz.qyzmet.server.api;

import static kz.qyzmet.server.api.ApiServer.APPLICANT_IIN;
import static kz.qyzmet.server.api.ApiServer.OTHER_IIN;
import static kz.qyzmet.server.api.ApiServer.TEST_CA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.qyzmet.adapters.signature.SigningAuthority;
import kz.qyzmet.adapters.signature.SigningAuthority.Signer;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.server.QyzmetServer;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Electronic submissions through the bundled server: signed with a detached CMS signature over the exact body, or
 * with a one-time password sent by SMS; every refusal is a problem of its own and changes nothing stored; the
 * counter channels are entered only by their staff.
 */
class ElectronicSubmissionApiTest extends ServerPerTest {

    /** A duplicate of an education document asked on the portal (002 and 000 annex 4, field 2: the portal is a channel). */
    static final String PORTAL_DUPLICATE = """
            {"service": "803005", "channel": "EGOV_PORTAL", "provider": "school-1", "applicantIin": "061211600012",
             "documents": [{"code": "application"}, {"code": "identity-document"}], "personalDataConsent": true}""";
    private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2040-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "+77011234567";

    private MutableClock clock;

    private void startOnAMondayMorning() {
        clock = new MutableClock(2025, 4, 14, 10, 0);
        start(clock);
    }

    @Test
    void aPortalSubmissionSignedByTheApplicantGoesFromSubmissionToIssue() {
        startOnAMondayMorning();
        ApiServer.Answer submitted = api.submitSigned("aigerim", "portal-signed-1", PORTAL_DUPLICATE, APPLICANT_IIN);
        assertThat(submitted.status()).as(submitted.response().body()).isEqualTo(201);
        String id = submitted.body().get("id").asText();
        assertThat(submitted.body().get("channel").asText()).isEqualTo("EGOV_PORTAL");
        assertThat(api.act("clerk", id, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");
        api.act("director", id, "assign", "{\"executor\": \"teacher\"}");
        api.act("teacher", id, "start-review", null);
        api.act("teacher", id, "approve", null);
        api.act("director", id, "ready", null);
        ApiServer.Answer issued = api.act("clerk", id, "issue", null);
        assertThat(issued.body().get("status").asText()).isEqualTo("ISSUED");
    }

    @Test
    void aSignatureChecksOnEveryCountAndEachFailureIsItsOwnProblemChangingNothing() throws Exception {
        clock = new MutableClock(2025, 4, 14, 10, 0);
        Signer revoked = TEST_CA.issue("Aigerim", APPLICANT_IIN, FROM, UNTIL, true);
        Files.createDirectories(data.resolve(QyzmetServer.TRUST_DIR));
        Files.writeString(data.resolve(QyzmetServer.TRUST_DIR).resolve("test-ca.crl"),
                SigningAuthority.pem(TEST_CA.revocationList(Instant.parse("2025-01-01T00:00:00Z"), List.of(revoked.certificate()))));
        start(clock);
        String body = PORTAL_DUPLICATE;
        Signer aigerim = ApiServer.signer(APPLICANT_IIN);
        Map<String, String> before = api.snapshot();

        String changed = body.replace("school-1", "school-2");
        String oneByte = body.replace("\"personalDataConsent\": true", "\"personalDataConsent\":  true");
        expectProblem(api.submit("aigerim", "key-bad-1", oneByte, "Qyzmet-Signature", ApiServer.signature(aigerim, body)), 422,
                "signature-content-changed");
        expectProblem(api.submit("aigerim", "key-bad-2", changed, "Qyzmet-Signature", ApiServer.signature(aigerim, body)), 422,
                "signature-content-changed");
        expectProblem(api.submit("aigerim", "key-bad-3", body, "Qyzmet-Signature", ApiServer.signature(ApiServer.signer(OTHER_IIN), body)), 422,
                "signature-iin-mismatch");
        SigningAuthority stranger = SigningAuthority.create("Not trusted", FROM, UNTIL);
        expectProblem(api.submit("aigerim", "key-bad-4", body, "Qyzmet-Signature",
                ApiServer.signature(stranger.issue("Aigerim", APPLICANT_IIN, FROM, UNTIL, true), body)), 422, "signature-untrusted");
        expectProblem(api.submit("aigerim", "key-bad-5", body, "Qyzmet-Signature",
                ApiServer.signature(TEST_CA.issue("Aigerim", APPLICANT_IIN, FROM, Instant.parse("2024-12-31T00:00:00Z"), true), body)), 422,
                "signature-certificate-expired");
        expectProblem(api.submit("aigerim", "key-bad-6", body, "Qyzmet-Signature", ApiServer.signature(revoked, body)), 422,
                "signature-certificate-revoked");
        expectProblem(api.submit("aigerim", "key-bad-7", body, "Qyzmet-Signature",
                ApiServer.signature(TEST_CA.issue("Aigerim", APPLICANT_IIN, FROM, UNTIL, false), body)), 422, "signature-wrong-key-usage");
        expectProblem(api.submit("aigerim", "key-bad-8", body, "Qyzmet-Signature",
                Base64.getEncoder().encodeToString("not a CMS signature".getBytes(StandardCharsets.UTF_8))), 422, "signature-malformed");
        expectProblem(api.submit("aigerim", "key-bad-9", body, "Qyzmet-Signature", "%%% not base64 %%%"), 422, "signature-malformed");
        ApiServer.Answer unsigned = expectProblem(api.submit("aigerim", "key-bad-10", body), 400, "invalid-request");
        assertThat(unsigned.body().at("/errors/0/field").asText()).isEqualTo("signing");
        ApiServer.Answer both = expectProblem(api.submit("aigerim", "key-bad-11", body, "Qyzmet-Signature", ApiServer.signature(aigerim, body),
                "Qyzmet-One-Time-Password", "123456"), 400, "invalid-request");
        assertThat(both.body().at("/errors/0/field").asText()).isEqualTo("Qyzmet-Signature");
        assertThat(api.snapshot()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aSignatureIsTakenOnceButARetryWithTheSameKeyIsTheSameRequest() {
        startOnAMondayMorning();
        String signature = ApiServer.signature(ApiServer.signer(APPLICANT_IIN), PORTAL_DUPLICATE);
        ApiServer.Answer first = api.submit("aigerim", "signed-once-1", PORTAL_DUPLICATE, "Qyzmet-Signature", signature);
        assertThat(first.status()).isEqualTo(201);
        ApiServer.Answer retry = api.submit("aigerim", "signed-once-1", PORTAL_DUPLICATE, "Qyzmet-Signature", signature);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().get("id").asText()).isEqualTo(first.body().get("id").asText());
        Map<String, String> before = api.snapshot();
        ApiServer.Answer replayed = expectProblem(api.submit("aigerim", "signed-once-2", PORTAL_DUPLICATE, "Qyzmet-Signature", signature), 422,
                "signature-replayed");
        assertThat(replayed.body().at("/errors/0/field").asText()).isEqualTo("Qyzmet-Signature");
        assertThat(api.snapshot()).isEqualTo(before);
        String resent = PORTAL_DUPLICATE.replace("\"personalDataConsent\": true", "\"personalDataConsent\": true ");
        assertThat(api.submitSigned("aigerim", "signed-once-3", resent, APPLICANT_IIN).status())
                .as("another body, signed anew, is another request").isEqualTo(201);
    }

    @Test
    void theCountersAreEnteredOnlyByTheirStaffAndSystemAccountsOnlyUseTheirOwnChannel() {
        startOnAMondayMorning();
        Map<String, String> before = api.snapshot();
        String atSchool = PORTAL_DUPLICATE.replace("EGOV_PORTAL", "PROVIDER_OFFICE");
        String atStateCorporation = PORTAL_DUPLICATE.replace("EGOV_PORTAL", "STATE_CORPORATION");
        expectProblem(api.submit("aigerim", "counter-1", atSchool), 403, "forbidden-action");
        expectProblem(api.submitSigned("aigerim", "counter-2", atStateCorporation, APPLICANT_IIN), 403, "forbidden-action");
        expectProblem(api.submitSigned("platform", "counter-3", atSchool, APPLICANT_IIN), 403, "forbidden-action");
        expectProblem(api.submitSigned("platform", "counter-4", PORTAL_DUPLICATE, APPLICANT_IIN), 403, "forbidden-action");
        expectProblem(api.submitSigned("portal", "counter-5", PORTAL_DUPLICATE.replace("803005", "home-schooling")
                .replace("EGOV_PORTAL", "MOBILE"), APPLICANT_IIN), 403, "forbidden-action");
        expectProblem(api.submitSigned("clerk", "counter-6", PORTAL_DUPLICATE, APPLICANT_IIN), 403, "forbidden-action");
        assertThat(api.snapshot()).isEqualTo(before);
        assertThat(api.submit("clerk", "counter-7", atSchool).status()).as("the clerk at the school, unsigned").isEqualTo(201);
        assertThat(api.submit("operator", "counter-8", atStateCorporation).status()).as("the operator at the State Corporation").isEqualTo(201);
    }

    @Test
    void aOneTimePasswordSentByTextSignsOneSubmission() throws Exception {
        startOnAMondayMorning();
        api.mobileCitizens().register(Iin.of(APPLICANT_IIN), PHONE);
        ApiServer.Answer sent = api.as("aigerim", "POST", "/one-time-passwords", null);
        assertThat(sent.status()).as(sent.response().body()).isEqualTo(201);
        assertThat(sent.body().get("sentTo").asText()).isEqualTo("+7701*****67");
        assertThat(sent.body().get("validUntil").asText()).isEqualTo("2025-04-14T10:05:00+05:00");
        JsonNode sms = lastSms();
        assertThat(sms.get("to").asText()).isEqualTo(PHONE);
        assertThat(sms.get("sentAt").asText()).isEqualTo("2025-04-14T05:00:00Z");
        String code = code(sms);
        assertThat(Files.readString(data.resolve(QyzmetServer.TOKENS_FILE))).doesNotContain(code);

        ApiServer.Answer submitted = api.submit("aigerim", "key-otp-1", PORTAL_DUPLICATE, "Qyzmet-One-Time-Password", code);
        assertThat(submitted.status()).as(submitted.response().body()).isEqualTo(201);
        Map<String, String> after = api.snapshot();
        ApiServer.Answer again = expectProblem(api.submit("aigerim", "key-otp-2", PORTAL_DUPLICATE, "Qyzmet-One-Time-Password", code), 422,
                "one-time-password-rejected");
        assertThat(again.body().at("/errors/0/rule").asText()).isEqualTo("already_used");
        assertThat(api.snapshot()).isEqualTo(after);
    }

    @Test
    void aOneTimePasswordIsVoidAfterThreeWrongTriesAndExpiresAfterFiveMinutes() throws Exception {
        startOnAMondayMorning();
        api.mobileCitizens().register(Iin.of(APPLICANT_IIN), PHONE);
        Map<String, String> before = api.snapshot();
        api.as("aigerim", "POST", "/one-time-passwords", "{}");
        String code = code(lastSms());
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(rule(api.submit("aigerim", "key-otp-w1", PORTAL_DUPLICATE, "Qyzmet-One-Time-Password", wrong))).isEqualTo("wrong");
        ApiServer.Answer second = api.submit("aigerim", "key-otp-w2", PORTAL_DUPLICATE, "Qyzmet-One-Time-Password", wrong);
        assertThat(second.body().get("detail").asText()).contains("1 try left");
        assertThat(rule(api.submit("aigerim", "key-otp-w3", PORTAL_DUPLICATE, "Qyzmet-One-Time-Password", wrong))).isEqualTo("void");
        assertThat(rule(api.submit("aigerim", "key-otp-w4", PORTAL_DUPLICATE, "Qyzmet-One-Time-Password", code))).as("even the right one").isEqualTo("void");

        api.as("aigerim", "POST", "/one-time-passwords", null);
        String late = code(lastSms());
        clock.set(2025, 4, 14, 10, 5);
        assertThat(rule(api.submit("aigerim", "key-otp-late", PORTAL_DUPLICATE, "Qyzmet-One-Time-Password", late))).isEqualTo("expired");
        assertThat(api.snapshot()).isEqualTo(before);
        expectProblem(api.submit("aigerim", "key-otp-format", PORTAL_DUPLICATE, "Qyzmet-One-Time-Password", "12345"), 400, "invalid-request");
    }

    @Test
    void aCodeNeedsARegisteredPhoneAndAtMostFiveAreSentPerHour() throws Exception {
        startOnAMondayMorning();
        ApiServer.Answer unknown = expectProblem(api.as("nurlan", "POST", "/one-time-passwords", null), 422, "no-registered-phone");
        assertThat(unknown.body().get("detail").asText()).doesNotContain(OTHER_IIN);
        assertThat(Files.exists(data.resolve(QyzmetServer.SMS_OUTBOX_FILE))).isFalse();
        expectProblem(api.as("aigerim", "POST", "/one-time-passwords", "{\"iin\": \"" + OTHER_IIN + "\"}"), 403, "forbidden-action");
        expectProblem(api.as("clerk", "POST", "/one-time-passwords", "{\"iin\": \"" + APPLICANT_IIN + "\"}"), 403, "forbidden-action");
        expectProblem(api.as("mobile", "POST", "/one-time-passwords", "{}"), 400, "invalid-request");

        api.mobileCitizens().register(Iin.of(APPLICANT_IIN), PHONE);
        for (int i = 0; i < 5; i++) {
            clock.set(2025, 4, 14, 10, i * 10);
            assertThat(api.as("aigerim", "POST", "/one-time-passwords", null).status()).isEqualTo(201);
        }
        ApiServer.Answer sixth = expectProblem(api.as("aigerim", "POST", "/one-time-passwords", null), 429, "too-many-one-time-passwords");
        assertThat(sixth.body().get("detail").asText()).as("an hour after the first, in Almaty's time").contains("2025-04-14 11:00 +05:00");
        assertThat(Files.readAllLines(data.resolve(QyzmetServer.SMS_OUTBOX_FILE))).hasSize(5);
        clock.set(2025, 4, 14, 11, 0);
        assertThat(api.as("aigerim", "POST", "/one-time-passwords", null).status()).as("an hour after the first").isEqualTo(201);
    }

    @Test
    void theMobileDevicesAccountAsksTheCodeAndHandsInForTheApplicant() throws Exception {
        startOnAMondayMorning();
        api.mobileCitizens().register(Iin.of(APPLICANT_IIN), PHONE);
        assertThat(api.as("mobile", "POST", "/one-time-passwords", "{\"iin\": \"" + APPLICANT_IIN + "\"}").status()).isEqualTo(201);
        String body = PORTAL_DUPLICATE.replace("803005", "home-schooling").replace("EGOV_PORTAL", "MOBILE");
        ApiServer.Answer submitted = api.submit("mobile", "mobile-otp-1", body, "Qyzmet-One-Time-Password", code(lastSms()));
        assertThat(submitted.status()).as(submitted.response().body()).isEqualTo(201);
        assertThat(submitted.body().get("channel").asText()).isEqualTo("MOBILE");
    }

    private JsonNode lastSms() throws Exception {
        List<String> lines = Files.readAllLines(data.resolve(QyzmetServer.SMS_OUTBOX_FILE));
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    /** The six digits of a message. */
    static String code(JsonNode sms) {
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(sms.get("text").asText());
        assertThat(digits.find()).as("a code in %s", sms).isTrue();
        return digits.group(1);
    }

    private static String rule(ApiServer.Answer answer) {
        expectProblem(answer, 422, "one-time-password-rejected");
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("Qyzmet-One-Time-Password");
        return answer.body().at("/errors/0/rule").asText();
    }

    private static ApiServer.Answer expectProblem(ApiServer.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asText()).isEqualTo("/problems/" + type);
        return answer;
    }
}

package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.qyzmet.server.scenario.CapturedLogs;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The access log: a line per call with method, path, status, request id and account; IINs in paths and
 * query strings masked, and no IIN from a body or a rejected request anywhere in the logs.
 */
class AccessLogTest extends ServerPerTest {

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs();

    @BeforeEach
    void startServer() {
        start(new MutableClock(2025, 4, 14, 10, 0));
    }

    @Test
    void everyCallIsLoggedWithItsRequestIdAndAccountAndNoIin() {
        ApiServer.Answer submitted = api.submit("clerk", "access-log-1", """
                {"service": "803005", "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "061211600012",
                 "representative": {"iin": "960315300011", "powerOfAttorney": "POA-1"},
                 "documents": [{"code": "application"}, {"code": "identity-document"}], "personalDataConsent": true}""");
        assertThat(submitted.status()).isEqualTo(201);
        ApiServer.Answer badIin = api.submit("clerk", "access-log-2", """
                {"service": "803005", "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "061211600013",
                 "documents": [], "personalDataConsent": true}""");
        assertThat(badIin.status()).isEqualTo(400);
        ApiServer.Answer iinInPath = api.as("aigerim", "GET", "/requests/061211600012?applicant=061211600012", null);
        assertThat(iinInPath.status()).isEqualTo(400);

        List<String> access = logs.messages("kz.qyzmet.access");
        assertThat(access).hasSize(3);
        assertThat(access.get(0)).startsWith("POST /requests 201 ").contains("request=" + submitted.header("X-Request-Id"))
                .contains("user=clerk");
        assertThat(access.get(1)).startsWith("POST /requests 400 ").contains("request=" + badIin.header("X-Request-Id"));
        assertThat(access.get(2)).startsWith("GET /requests/06**********?applicant=*** 400 ")
                .contains("user=aigerim");

        List<String> all = logs.messages();
        assertThat(all).noneMatch(line -> line.contains("061211600012")).noneMatch(line -> line.contains("960315300011"))
                .noneMatch(line -> line.contains("061211600013"));
    }

    @Test
    void anIinOrAnythingElseUnsafeInTheRequestIdIsReplacedNotLogged() {
        for (String offered : List.of("061211600012", "req-061211600012-x", "has space", "a/b", "a".repeat(65))) {
            ApiServer.Answer answer = api.call("GET", "/health", null, "X-Request-Id", offered);
            assertThat(answer.header("X-Request-Id")).as("the id answered for %s", offered).isNotEqualTo(offered)
                    .matches("[0-9a-f-]{36}");
        }
        ApiServer.Answer kept = api.call("GET", "/health", null, "X-Request-Id", "trace-7f3a.b_c");
        assertThat(kept.header("X-Request-Id")).isEqualTo("trace-7f3a.b_c");
        assertThat(logs.linesWithContext()).noneMatch(line -> line.contains("061211600012"));
    }

    @Test
    void aTokenOrAnyOtherQueryValueIsNeverLoggedVerbatim() {
        String token = api.token("clerk");
        ApiServer.Answer answer = api.call("GET", "/requests?access_token=" + token + "&status=SUBMITTED&note=Aigerim%20Nurlanovna", null,
                "Authorization", "Bearer " + token);
        assertThat(answer.status()).isBetween(200, 499);
        List<String> access = logs.messages("kz.qyzmet.access");
        assertThat(access).hasSize(1);
        assertThat(access.get(0)).startsWith("GET /requests?access_token=***&status=SUBMITTED&note=*** ");
        assertThat(logs.linesWithContext()).noneMatch(line -> line.contains(token)).noneMatch(line -> line.contains("Aigerim"));
    }
}

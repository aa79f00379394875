package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/** Camp vouchers over HTTP: no approval without a document proving an eligible category; the refusal cites the ground. */
class CampVoucherApiTest extends ServerPerTest {

    private String inReview(String key, String documents) {
        String id = api.submit("clerk", key, """
                {"service": "camp-voucher", "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "061211600012",
                 "documents": [%s], "personalDataConsent": true}""".formatted(documents)).body().get("id").asText();
        assertThat(api.act("clerk", id, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");
        api.act("director", id, "assign", "{\"executor\": \"teacher\"}");
        assertThat(api.act("teacher", id, "start-review", null).body().get("status").asText()).isEqualTo("IN_REVIEW");
        return id;
    }

    @Test
    void approvalNeedsAProofOfCategory() {
        start(new MutableClock(2025, 5, 12, 10, 0));
        String base = "{\"code\": \"application\"}, {\"code\": \"identity-document\"}, {\"code\": \"camp-medical-certificate\"}";

        String unproven = inReview("camp-voucher-1", base);
        ApiServer.Answer refusedApproval = api.act("teacher", unproven, "approve", null, "Accept-Language", "en");
        assertThat(refusedApproval.status()).isEqualTo(409);
        assertThat(refusedApproval.body().get("type").asText()).isEqualTo("/problems/illegal-transition");
        assertThat(refusedApproval.body().get("detail").asText()).contains("not-eligible-category");
        ApiServer.Answer refused = api.act("teacher", unproven, "refuse",
                "{\"grounds\": [\"not-eligible-category\"], \"motivation\": \"no category of annex 5 is proven\"}", "Accept-Language", "ru");
        assertThat(refused.body().get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.body().at("/history/4/details/grounds/0/code").asText()).isEqualTo("not-eligible-category");

        String proven = inReview("camp-voucher-2", base + ", {\"code\": \"status-guardianship-decision\"}");
        assertThat(api.act("teacher", proven, "approve", null).body().get("status").asText()).isEqualTo("APPROVED");
    }
}

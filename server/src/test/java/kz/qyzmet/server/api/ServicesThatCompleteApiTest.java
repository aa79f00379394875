package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The services that could not be completed before: a school transfer is accepted (its term is the desk time of
 * 004 row 5 item 6), refused at intake and issued; pre-school admission and school meals can be refused with
 * the grounds of the legislation (and pre-school admission for medical contraindications).
 */
class ServicesThatCompleteApiTest extends ServerPerTest {

    private static String submission(String service) {
        return """
                {"service": "%s", "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "061211600012",
                 "documents": [{"code": "application"}], "personalDataConsent": true}""".formatted(service);
    }

    private String status(ApiServer.Answer answer) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.body().get("status").asText();
    }

    private String inReview(String service, String key) {
        String id = api.submitted("clerk", key, submission(service));
        assertThat(status(api.act("clerk", id, "accept", null))).isEqualTo("ACCEPTED");
        api.act("director", id, "assign", "{\"executor\": \"teacher\"}");
        assertThat(status(api.act("teacher", id, "start-review", null))).isEqualTo("IN_REVIEW");
        return id;
    }

    @Test
    void aSchoolTransferIsAcceptedWithinTheDeskTimeRefusedAtIntakeAndIssued() {
        // Monday 14 April 2025, 10:00 at the school
        start(new MutableClock(2025, 4, 14, 10, 0));
        String id = api.submitted("clerk", "transfer-accepted", submission("403015"));
        ApiServer.Answer accepted = api.act("clerk", id, "accept", null);
        assertThat(status(accepted)).isEqualTo("ACCEPTED");
        assertThat(accepted.body().at("/deadline/dueAt").asText()).isEqualTo("2025-04-14T10:30:00+05:00");

        String refused = api.submitted("clerk", "transfer-refused", submission("school-transfer"));
        ApiServer.Answer intakeRefused = api.act("clerk", refused, "refuse-intake", "{\"grounds\": [\"incomplete-package\"], \"motivation\": \"no application form\"}");
        assertThat(status(intakeRefused)).isEqualTo("INTAKE_REFUSED");
        assertThat(intakeRefused.body().at("/history/1/details/reasons/0/code").asText()).isEqualTo("incomplete-package");

        api.act("director", id, "assign", "{\"executor\": \"teacher\"}");
        api.act("teacher", id, "start-review", null);
        api.act("teacher", id, "approve", null);
        api.act("director", id, "ready", null);
        assertThat(status(api.act("clerk", id, "issue", null))).isEqualTo("ISSUED");
    }

    private ApiServer.Answer refusedAfterReview(String service, String key, String ground, String motivation) {
        start(new MutableClock(2025, 4, 14, 10, 0));
        String id = inReview(service, key);
        ApiServer.Answer refused = api.act("teacher", id, "refuse", "{\"grounds\": [\"%s\"], \"motivation\": \"%s\"}".formatted(ground, motivation));
        assertThat(status(refused)).isEqualTo("REFUSED");
        return refused;
    }

    @Test
    void preschoolAdmissionIsRefusedForMedicalContraindications() {
        ApiServer.Answer refused = refusedAfterReview("preschool-admission", "preschool-refused", "medical-contraindications",
                "the clinic's conclusion of 10 April");
        assertThat(refused.body().toString()).contains("medical-contraindications", "Медицинские противопоказания");
    }

    @Test
    void schoolMealsAreRefusedForUnreliableDocuments() {
        ApiServer.Answer refused = refusedAfterReview("403008", "meals-refused", "unreliable-documents", "the income statement is not the family's");
        assertThat(refused.body().toString()).contains("unreliable-documents");
    }
}

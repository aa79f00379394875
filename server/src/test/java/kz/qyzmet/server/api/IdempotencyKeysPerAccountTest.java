package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An {@code Idempotency-Key} belongs to the account that sent it: one school's key neither blocks another
 * school's unrelated submission nor tells anyone that it was used; within the account it still replays and
 * still refuses another body.
 */
class IdempotencyKeysPerAccountTest extends ServerPerTest {

    private static final String SCHOOL_2_SUBMISSION = ApiServer.SUBMISSION.replace("school-1", "school-2")
            .replace("061211600012", "960315300011");

    @BeforeEach
    void startServer() {
        start(new MutableClock(2025, 4, 14, 10, 0));
    }

    @Test
    void twoSchoolsMayUseTheSameKeyForTheirOwnSubmissions() {
        ApiServer.Answer school1 = api.submit("clerk", "morning-batch-0001", ApiServer.SUBMISSION);
        ApiServer.Answer school2 = api.submit("clerk2", "morning-batch-0001", SCHOOL_2_SUBMISSION);

        assertThat(school1.status()).isEqualTo(201);
        assertThat(school2.status()).as("another school's key blocks nothing: %s", school2.response().body()).isEqualTo(201);
        assertThat(school2.body().get("id").asText()).isNotEqualTo(school1.body().get("id").asText());
        assertThat(school2.body().get("provider").asText()).isEqualTo("school-2");
    }

    @Test
    void withinTheAccountTheKeyStillReplaysAndRefusesAnotherBody() {
        String id = api.submitted("clerk", "retry-key-0001", ApiServer.SUBMISSION);

        ApiServer.Answer retry = api.submit("clerk", "retry-key-0001", ApiServer.SUBMISSION);
        assertThat(retry.status()).isBetween(200, 201);
        assertThat(retry.body().get("id").asText()).isEqualTo(id);

        ApiServer.Answer otherBody = api.submit("clerk", "retry-key-0001", ApiServer.SUBMISSION.replace("061211600012", "960315300011"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.body().get("type").asText()).isEqualTo("/problems/idempotency-conflict");
    }

    @Test
    void anotherAccountCannotLearnWhetherAKeyWasUsed() {
        api.submitted("clerk", "probe-key-0001", ApiServer.SUBMISSION);

        ApiServer.Answer probe = api.submit("operator", "probe-key-0001", ApiServer.STATE_CORPORATION_SUBMISSION);

        assertThat(probe.status()).as("the operator's submission is its own, not a conflict: %s", probe.response().body())
                .isEqualTo(201);
        assertThat(probe.body().get("channel").asText()).isEqualTo("STATE_CORPORATION");
    }
}

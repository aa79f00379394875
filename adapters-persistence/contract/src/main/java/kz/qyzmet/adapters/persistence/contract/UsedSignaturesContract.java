package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kz.qyzmet.application.request.port.out.UsedSignatures;
import org.junit.jupiter.api.Test;

/** The contract of every {@link UsedSignatures}: a signature is taken by one submission, whose retries may take it again. */
public abstract class UsedSignaturesContract {

    private static final Instant AT = Instant.parse("2026-03-02T05:00:00Z");
    private static final String DIGEST = "a".repeat(64);

    protected abstract UsedSignatures usedSignatures();

    @Test
    void aFreeSignatureIsTaken() {
        assertThat(usedSignatures().take(DIGEST, "key-00000001", AT)).isTrue();
    }

    @Test
    void theSameSubmissionMayTakeItsSignatureAgain() {
        UsedSignatures used = usedSignatures();
        used.take(DIGEST, "key-00000001", AT);
        assertThat(used.take(DIGEST, "key-00000001", AT.plusSeconds(5))).isTrue();
    }

    @Test
    void anotherSubmissionIsRefusedTheSignature() {
        UsedSignatures used = usedSignatures();
        used.take(DIGEST, "key-00000001", AT);
        assertThat(used.take(DIGEST, "key-00000002", AT.plusSeconds(5))).isFalse();
        assertThat(used.take(DIGEST, "key-00000001", AT.plusSeconds(6))).as("the first owner keeps it").isTrue();
    }

    @Test
    void signaturesAreTakenEachOnItsOwn() {
        UsedSignatures used = usedSignatures();
        used.take(DIGEST, "key-00000001", AT);
        assertThat(used.take("b".repeat(64), "key-00000002", AT)).isTrue();
    }
}

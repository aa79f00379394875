package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCode;
import kz.qyzmet.domain.request.Iin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart of the server keeps the one-time passwords in flight: the code, its tries and the key it is hashed with. */
class IssuedCodesAfterRestartTest {

    @Test
    void aCodeInFlightAndItsKeyOutliveARestart(@TempDir Path data) {
        Iin iin = Iin.of("061211600012");
        IssuedCode issued = new IssuedCode(iin, "a".repeat(64), Instant.parse("2026-03-02T05:00:00Z"),
                Instant.parse("2026-03-02T05:05:00Z"), 0, false);
        byte[] key;
        try (JdbcStorage before = JdbcStorage.h2File(data)) {
            before.issuedCodes().add(issued);
            before.issuedCodes().replace(issued, issued.triedWrong());
            key = before.issuedCodes().hashKey();
        }
        try (JdbcStorage after = JdbcStorage.h2File(data)) {
            assertThat(after.issuedCodes().latest(iin)).contains(issued.triedWrong());
            assertThat(after.issuedCodes().hashKey()).isEqualTo(key);
        }
    }
}

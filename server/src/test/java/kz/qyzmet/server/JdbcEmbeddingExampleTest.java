package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of an embedded Qyzmet on the H2 file database, kept runnable. */
class JdbcEmbeddingExampleTest {

    @Test
    void readmeExample(@TempDir Path dataDir) {
        // README snippet start
        try (JdbcStorage storage = JdbcStorage.h2File(dataDir);
             Qyzmet qyzmet = Qyzmet.builder().repository(storage.requests()).notifications(storage.notifications()).build()) {
            // the request use cases now store in dataDir/qyzmet.mv.db
        }
        // README snippet end
        assertThat(Files.exists(dataDir.resolve("qyzmet.mv.db"))).isTrue();
    }
}

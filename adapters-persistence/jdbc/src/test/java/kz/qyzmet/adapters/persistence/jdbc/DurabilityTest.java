package kz.qyzmet.adapters.persistence.jdbc;

import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.adapters.persistence.contract.PostgresDatabase;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A separate JVM stores requests and is killed with SIGKILL mid-stream; after a restart every request whose
 * store had returned is there, whole, and no partial request is.
 */
class DurabilityTest {

    @TempDir
    Path data;

    @Test
    void onTheEmbeddedH2FileDatabase() throws Exception {
        String url = JdbcStorage.h2FileUrl(data);
        killMidStream(url, "sa", "");
    }

    @Test
    void onPostgresql() throws Exception {
        String url = PostgresDatabase.freshSchemaUrl();
        try {
            killMidStream(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
        } finally {
            PostgresDatabase.drop(url);
        }
    }

    private static void killMidStream(String url, String user, String password) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process worker = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DurabilityWorker.class.getName(), url, user,
                password)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<RequestId> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 150 && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(RequestId.parse(line.substring(4)));
                }
            }
            // SIGKILL through the process handle, which leaves our end of its output open
            worker.toHandle().destroyForcibly();
            assertThat(worker.waitFor(30, TimeUnit.SECONDS)).as("the worker was killed").isTrue();
            assertThat(worker.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            // every acknowledgement written before the kill counts, including those not read yet
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(RequestId.parse(line.substring(4)));
                }
            }
        } finally {
            worker.destroyForcibly();
        }
        assertThat(acknowledged).as("the worker stored requests before it was killed").hasSizeGreaterThanOrEqualTo(150);

        try (JdbcStorage restarted = JdbcStorage.connect(url, user, password)) {
            JdbcRequestRepository repository = restarted.requests();
            for (RequestId id : acknowledged) {
                ServiceRequest request = repository.find(id).orElseThrow(() -> new AssertionError("acknowledged request " + id + " is lost"));
                assertThat(request.revision()).isEqualTo(2);
                assertThat(request.deadline()).isPresent();
            }
            List<ServiceRequest> all = repository.find(new WorklistCriteria(null, null, null, Set.of(), null, null, null, false, 0, 100_000));
            Set<RequestId> stored = new HashSet<>();
            all.forEach(request -> {
                assertThat(request.revision()).as("no partial request").isEqualTo(2);
                stored.add(request.id());
            });
            assertThat(stored).containsAll(acknowledged);
            assertThat(stored.size() - acknowledged.size()).as("at most the request in flight when killed").isLessThanOrEqualTo(1);
        }
    }
}

package kz.qyzmet.server.api;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that start a server of their own, at a time of their choosing, in a fresh data directory; it is stopped after each test. */
abstract class ServerPerTest {

    @TempDir
    Path data;

    ApiServer api;

    /** Starts the server at the clock's time. */
    ApiServer start(Clock clock) {
        api = ApiServer.start(data, clock);
        return api;
    }

    @AfterEach
    void stopServer() {
        if (api != null) {
            api.close();
        }
    }
}

package kz.qyzmet.adapters.persistence.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.qyzmet.adapters.persistence.sms.SmsOutboxFile;
import kz.qyzmet.application.onetimepassword.port.out.SmsGateway;
import org.junit.jupiter.api.io.TempDir;

/** The SMS gateway contract on the outbox file of the bundled server: what was sent is read back from its JSON lines. */
class SmsOutboxFileContractTest extends SmsGatewayContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private Path outbox() {
        return data.resolve("sms-outbox.jsonl");
    }

    @Override
    protected SmsGateway gateway() {
        return new SmsOutboxFile(outbox(), Clock.fixed(Instant.parse("2026-03-02T05:00:00Z"), ZoneOffset.UTC));
    }

    @Override
    protected List<Sent> sent() {
        try {
            if (!Files.exists(outbox())) {
                return List.of();
            }
            return Files.readAllLines(outbox(), StandardCharsets.UTF_8).stream().map(SmsOutboxFileContractTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sent read(String line) {
        try {
            JsonNode sms = JSON.readTree(line);
            return new Sent(sms.get("to").asText(), sms.get("text").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("not one JSON message per line: " + line, e);
        }
    }
}

package kz.qyzmet.adapters.persistence.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.qyzmet.application.onetimepassword.port.out.SmsGateway;

/**
 * An SMS gateway that sends nothing: it appends each message as one JSON line {@code {"to":…,"text":…,"sentAt":…}}
 * to a file (the bundled server's {@code sms-outbox.jsonl}), for a real gateway to pick up or a person to read. The
 * file holds phone numbers and codes: it is created readable by its owner only (0600).
 */
public final class SmsOutboxFile implements SmsGateway {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Clock clock;

    public SmsOutboxFile(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file: required");
        this.clock = Objects.requireNonNull(clock, "clock: required");
    }

    @Override
    public synchronized void send(String phone, String text) {
        if (phone == null || phone.isBlank()) {
            throw new IllegalArgumentException("phone: required");
        }
        Objects.requireNonNull(text, "text: required");
        Map<String, String> line = new LinkedHashMap<>();
        line.put("to", phone);
        line.put("text", text);
        line.put("sentAt", clock.instant().toString());
        try {
            if (!Files.exists(file) && Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
                // phones and codes: the owner's only from the start, like every file of the data directory
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("sms-outbox: cannot append to " + file.toAbsolutePath(), e);
        }
    }
}

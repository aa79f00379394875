package kz.qyzmet.adapters.persistence.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.qyzmet.application.onetimepassword.port.out.SmsGateway;

/** An SMS gateway that keeps the messages in memory instead of sending them: for tests and the embedding default. */
public final class RecordingSmsGateway implements SmsGateway {

    /** A message sent. */
    public record Sms(String to, String text) {
    }

    private final List<Sms> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String phone, String text) {
        if (phone == null || phone.isBlank()) {
            throw new IllegalArgumentException("phone: required");
        }
        java.util.Objects.requireNonNull(text, "text: required");
        sent.add(new Sms(phone, text));
    }

    /** The messages sent, oldest first. */
    public List<Sms> sent() {
        return List.copyOf(sent);
    }
}

package com.example.qyzmet.storage;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import kz.qyzmet.application.onetimepassword.port.out.SmsGateway;

/**
 * A third party's SMS gateway: it queues each message for a sender thread that posts it to the operator's HTTP
 * API (left out here). The contract reads the queue back.
 */
public final class QueuedSmsGateway implements SmsGateway {

    /** A message waiting to be posted. */
    public record Message(String phone, String text) {
    }

    private final LinkedBlockingQueue<Message> queue = new LinkedBlockingQueue<>();

    @Override
    public void send(String phone, String text) {
        if (phone == null || phone.isBlank()) {
            throw new IllegalArgumentException("phone: required");
        }
        Objects.requireNonNull(text, "text: required");
        queue.add(new Message(phone, text));
    }

    /** The messages waiting, oldest first. */
    public List<Message> waiting() {
        return List.copyOf(queue);
    }
}

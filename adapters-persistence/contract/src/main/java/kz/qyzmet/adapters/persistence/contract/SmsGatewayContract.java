package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.application.onetimepassword.port.out.SmsGateway;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link SmsGateway}: each message is handed on once, to the phone given, with its text
 * unchanged (Kazakh and Russian letters included), in the order sent — from one thread or many; a missing phone or
 * text is refused naming it, and nothing is sent. The adapter author says what was handed on ({@link #sent()}): read
 * back from the provider's test account, the outbox, the recording.
 */
public abstract class SmsGatewayContract {

    private static final String PHONE = "+77011234567";
    private static final String TEXT = "Qyzmet: 123456 — өтінішке қол қоюға арналған бір реттік құпия сөз / одноразовый пароль";

    /** A message handed on: the phone and the text. */
    public record Sent(String phone, String text) {
    }

    /** A new gateway, nothing sent yet. Called once per test. */
    protected abstract SmsGateway gateway();

    /** Everything the gateway of this test handed on so far, oldest first. */
    protected abstract List<Sent> sent();

    @Test
    void aMessageIsHandedOnToThePhoneWithItsTextUnchanged() {
        gateway().send(PHONE, TEXT);
        assertThat(sent()).containsExactly(new Sent(PHONE, TEXT));
    }

    @Test
    void messagesAreHandedOnInTheOrderSent() {
        SmsGateway gateway = gateway();
        gateway.send(PHONE, "first");
        gateway.send("+77051112233", "second\non two lines");
        gateway.send(PHONE, "third");
        assertThat(sent()).containsExactly(new Sent(PHONE, "first"), new Sent("+77051112233", "second\non two lines"), new Sent(PHONE, "third"));
    }

    @Test
    void aMissingPhoneOrTextIsRefusedNamingItAndNothingIsSent() {
        SmsGateway gateway = gateway();
        assertThatThrownBy(() -> gateway.send(null, TEXT)).hasMessageStartingWith("phone");
        assertThatThrownBy(() -> gateway.send(" ", TEXT)).hasMessageStartingWith("phone");
        assertThatThrownBy(() -> gateway.send(PHONE, null)).hasMessageStartingWith("text");
        assertThat(sent()).isEmpty();
    }

    @Test
    void messagesFromManyThreadsAreEachHandedOnOnceAndWhole() throws Exception {
        SmsGateway gateway = gateway();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Sent> expected = new ArrayList<>();
        try {
            List<Future<?>> sends = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Sent message = new Sent(PHONE, TEXT + " #" + i);
                expected.add(message);
                sends.add(pool.submit(() -> gateway.send(message.phone(), message.text())));
            }
            for (Future<?> send : sends) {
                send.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sent()).containsExactlyInAnyOrderElementsOf(expected);
    }
}

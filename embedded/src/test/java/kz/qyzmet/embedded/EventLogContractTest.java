package kz.qyzmet.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.adapters.persistence.contract.RequestEventPublisherContract;
import kz.qyzmet.application.request.port.out.RequestEventPublisher;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.DeadlineState;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The event publisher contract on the default event log: what was delivered is read back from its log lines. */
class EventLogContractTest extends RequestEventPublisherContract {

    private static final Pattern LINE = Pattern.compile("request ([0-9a-f-]{36}): (\\w+)");

    private final Logger events = (Logger) LoggerFactory.getLogger("kz.qyzmet.events");
    private final Level before = events.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @Override
    protected RequestEventPublisher publisher() {
        events.setLevel(Level.DEBUG);
        appender.start();
        events.addAppender(appender);
        return new EventLog();
    }

    @AfterEach
    void detach() {
        events.detachAppender(appender);
        events.setLevel(before);
    }

    @Override
    protected List<Delivered> delivered() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).map(message -> {
            Matcher line = LINE.matcher(message);
            if (!line.matches()) {
                throw new AssertionError("not an event line: " + message);
            }
            return new Delivered(new RequestId(UUID.fromString(line.group(1))), line.group(2));
        }).toList();
    }

    @Test
    void theLogNamesNoApplicant() {
        Iin iin = Iin.of("061211600012");
        Actor applicant = Actor.applicant(UserId.of("aigerim"), iin);
        publisher().publish(new RequestId(UUID.randomUUID()), List.of(new RequestEvent.RequestSubmitted(
                new RequestEvent.Header(applicant, Instant.parse("2026-03-02T05:00:00Z"), null, RequestStatus.SUBMITTED,
                        new DeadlineState(null, false)))));
        assertThat(appender.list).hasSize(1);
        assertThat(appender.list.get(0).getFormattedMessage()).doesNotContain(iin.value()).doesNotContain("aigerim");
    }
}

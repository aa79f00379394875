package kz.qyzmet.server.scenario;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Every log line written during one test, caught at the root logger:
 * {@code @RegisterExtension final CapturedLogs logs = new CapturedLogs();}.
 */
public final class CapturedLogs implements BeforeEachCallback, AfterEachCallback {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.start();
        root.addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        root.detachAppender(appender);
    }

    /** The formatted messages of all loggers, in the order written. */
    public List<String> messages() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Every line as written: the formatted message followed by the diagnostic context (MDC) it carried. */
    public List<String> linesWithContext() {
        return appender.list.stream().map(event -> event.getFormattedMessage() + " " + event.getMDCPropertyMap()).toList();
    }

    /** The formatted messages of one logger, in the order written. */
    public List<String> messages(String logger) {
        return appender.list.stream().filter(event -> event.getLoggerName().equals(logger)).map(ILoggingEvent::getFormattedMessage).toList();
    }
}

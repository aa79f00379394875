package archfixture.logging.domain;

import org.slf4j.LoggerFactory;

public final class Chatty {
    public void say() {
        LoggerFactory.getLogger(Chatty.class).info("domain logging");
    }
}

package archfixture.clock.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/** Reads the machine's clock, randomness and environment, where it should be told them. */
public final class Stamped {

    public Instant stamp() {
        return Instant.now();
    }

    public Instant told(Clock clock) {
        return Instant.now(clock);
    }

    public UUID id() {
        return UUID.randomUUID();
    }

    public String home() {
        return System.getenv("HOME");
    }

    public Clock clock() {
        return Clock.systemUTC();
    }

    public int dice() {
        return new Random().nextInt(6);
    }
}

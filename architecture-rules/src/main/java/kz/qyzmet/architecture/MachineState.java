package kz.qyzmet.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.Set;

/**
 * The calls by which code reads the state of the machine it runs on instead of being told: the clock, random
 * numbers, environment variables and system properties. The domain makes none of them.
 */
final class MachineState {

    /** Classes whose argument-less {@code now()} reads the system clock ({@code now(Clock)} is fine). */
    private static final Set<String> CLOCK_READERS = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    static final DescribedPredicate<JavaMethodCall> READ = DescribedPredicate.describe(
            "Instant.now() and the other argument-less now(), Clock.system*(), UUID.randomUUID(), Math.random(), "
                    + "ThreadLocalRandom.current(), System.getenv/getProperty/currentTimeMillis/nanoTime",
            call -> readsMachineState(call.getTarget().getOwner().getName(), call.getTarget().getName(),
                    call.getTarget().getRawParameterTypes().size()));

    static final DescribedPredicate<JavaConstructorCall> RANDOM_SOURCE = DescribedPredicate.describe(
            "new Random(), new SecureRandom()",
            call -> Set.of("java.util.Random", "java.security.SecureRandom").contains(call.getTarget().getOwner().getName()));

    private MachineState() {
    }

    private static boolean readsMachineState(String owner, String method, int parameters) {
        return switch (owner) {
            case "java.time.Clock" -> method.startsWith("system");
            case "java.util.UUID" -> method.equals("randomUUID");
            case "java.lang.Math", "java.lang.StrictMath" -> method.equals("random");
            case "java.util.concurrent.ThreadLocalRandom" -> method.equals("current");
            case "java.lang.System" -> Set.of("getenv", "getProperty", "getProperties", "currentTimeMillis", "nanoTime")
                    .contains(method);
            default -> CLOCK_READERS.contains(owner) && method.equals("now") && parameters == 0;
        };
    }
}

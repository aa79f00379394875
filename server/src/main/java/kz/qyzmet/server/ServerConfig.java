package kz.qyzmet.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import kz.qyzmet.adapters.persistence.jdbc.CompactionWaits;

/**
 * The bundled server's settings. Each comes from a command-line option, else an environment variable,
 * else its default:
 * <table>
 *   <caption>settings</caption>
 *   <tr><th>option</th><th>variable</th><th>default</th></tr>
 *   <tr><td>--port</td><td>QYZMET_PORT</td><td>8080</td></tr>
 *   <tr><td>--host</td><td>QYZMET_HOST</td><td>127.0.0.1 (the loopback: 0.0.0.0 listens on every interface)</td></tr>
 *   <tr><td>--data-dir</td><td>QYZMET_DATA_DIR</td><td>./data</td></tr>
 *   <tr><td>--catalog-dir</td><td>QYZMET_CATALOG_DIR</td><td>(the built-in catalog)</td></tr>
 *   <tr><td>--calendar-dir</td><td>QYZMET_CALENDAR_DIR</td><td>(the built-in calendar only)</td></tr>
 *   <tr><td>--zone</td><td>QYZMET_ZONE</td><td>Asia/Almaty</td></tr>
 *   <tr><td>--database-url</td><td>QYZMET_DATABASE_URL</td><td>the embedded H2 file database in the data directory</td></tr>
 *   <tr><td>(none)</td><td>QYZMET_DATABASE_USER, QYZMET_DATABASE_PASSWORD</td><td>(none; never on the command line)</td></tr>
 *   <tr><td>--deadline-watch</td><td>QYZMET_DEADLINE_WATCH</td><td>PT1M (an ISO-8601 duration, at least one second)</td></tr>
 *   <tr><td>--clock</td><td>QYZMET_CLOCK</td><td>(the system clock) a moment with its offset, taken as "now" for good</td></tr>
 *   <tr><td>--compact-at</td><td>QYZMET_COMPACT_AT</td><td>03:00 (a local time in the providers' zone, or {@code off}): when the
 *       embedded file database is compacted each day</td></tr>
 *   <tr><td>--compact-callers-wait</td><td>QYZMET_COMPACT_CALLERS_WAIT</td><td>PT30S (a positive ISO-8601 duration): how long a
 *       call waits for a compaction to end before it is answered 503 with {@code Retry-After}</td></tr>
 *   <tr><td>--compact-in-flight-wait</td><td>QYZMET_COMPACT_IN_FLIGHT_WAIT</td><td>PT10S (a positive ISO-8601 duration): how long
 *       a compaction waits for the transactions in flight before it gives up until the next day</td></tr>
 *   <tr><td>--demo</td><td>QYZMET_DEMO=true</td><td>off: no demo accounts are created</td></tr>
 * </table>
 * {@code --help} and {@code --version} print {@link #usage()} or the version and start nothing.
 *
 * @param port       the HTTP port, 0 for any free port
 * @param host       the address to listen on
 * @param dataDir    where the embedded database keeps its files
 * @param catalogDir  a catalog directory replacing the built-in one, or null
 * @param calendarDir a calendar directory whose year files add to or replace the built-in ones, or null
 * @param zone        the providers' time zone
 * @param database    the database, or null for the embedded H2 file database in the data directory
 * @param deadlineWatch how often the deadline watch runs
 * @param demo        whether to create demo accounts (a token file with one user per role, tokens printed once)
 *                    when the data directory has no token file
 * @param fixedNow    the moment the server takes as "now", frozen (for demos, tests and training), or null for the
 *                    system clock
 * @param compactAt   when, each day, the embedded file database is compacted while the server runs — a local time in
 *                    the providers' zone on the machine's clock (not {@code fixedNow}) — or null for never; it applies
 *                    to the embedded file database of the data directory only (PostgreSQL reclaims space itself)
 * @param compactionWaits how long a call waits for a compaction to end, and a compaction for the transactions in
 *                    flight (null: {@link CompactionWaits#DEFAULT}); for the embedded file database only
 */
public record ServerConfig(int port, String host, Path dataDir, Path catalogDir, Path calendarDir, ZoneId zone, Database database,
                           Duration deadlineWatch, boolean demo, OffsetDateTime fixedNow, LocalTime compactAt,
                           CompactionWaits compactionWaits) {

    /** The options, in the order {@link #usage()} lists them. */
    private static final java.util.List<String> OPTIONS = java.util.List.of("port", "host", "data-dir", "catalog-dir", "calendar-dir",
            "zone", "database-url", "deadline-watch", "demo", "clock", "compact-at", "compact-callers-wait", "compact-in-flight-wait");

    /**
     * When the embedded file database is compacted unless configured otherwise: 03:00 in the providers' zone, when
     * no provider's office or State Corporation centre is open. On by default because the default store is that
     * file, which otherwise grows by tens of kilobytes per request for as long as the server runs.
     */
    public static final LocalTime DEFAULT_COMPACT_AT = LocalTime.of(3, 0);

    /** How often the deadline watch runs unless configured otherwise. */
    public static final Duration DEFAULT_DEADLINE_WATCH = Duration.ofMinutes(1);

    /**
     * A database given by URL, with its credentials from the environment.
     *
     * @param url      a jdbc:postgresql: or jdbc:h2: URL
     * @param user     the user, or null
     * @param password the password, or null
     */
    public record Database(String url, String user, String password) {
        public Database {
            if (url == null || !(url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:h2:"))) {
                throw new IllegalArgumentException("--database-url / QYZMET_DATABASE_URL: must be a jdbc:postgresql: or jdbc:h2: URL");
            }
        }

        @Override
        public String toString() {
            return "Database[" + url.replaceAll("(?i)(password=)[^&;]*", "$1***") + ", user " + user + "]";
        }
    }

    public static final int DEFAULT_PORT = 8080;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: must be between 0 and 65535, was " + port);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host: must not be blank");
        }
        Objects.requireNonNull(dataDir, "data-dir: required");
        Objects.requireNonNull(zone, "zone: required");
        if (deadlineWatch == null) {
            deadlineWatch = DEFAULT_DEADLINE_WATCH;
        }
        if (deadlineWatch.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("deadline-watch: must be at least one second, was " + deadlineWatch);
        }
        if (compactionWaits == null) {
            compactionWaits = CompactionWaits.DEFAULT;
        }
    }

    /** Settings with the compaction's waits at {@link CompactionWaits#DEFAULT}. */
    public ServerConfig(int port, String host, Path dataDir, Path catalogDir, Path calendarDir, ZoneId zone, Database database,
                        Duration deadlineWatch, boolean demo, OffsetDateTime fixedNow, LocalTime compactAt) {
        this(port, host, dataDir, catalogDir, calendarDir, zone, database, deadlineWatch, demo, fixedNow, compactAt, CompactionWaits.DEFAULT);
    }

    /** Settings with the embedded file database compacted daily at {@link #DEFAULT_COMPACT_AT}. */
    public ServerConfig(int port, String host, Path dataDir, Path catalogDir, Path calendarDir, ZoneId zone, Database database,
                        Duration deadlineWatch, boolean demo, OffsetDateTime fixedNow) {
        this(port, host, dataDir, catalogDir, calendarDir, zone, database, deadlineWatch, demo, fixedNow, DEFAULT_COMPACT_AT);
    }

    /** Settings with the deadline watch every minute, on the system clock. */
    public ServerConfig(int port, String host, Path dataDir, Path catalogDir, Path calendarDir, ZoneId zone, Database database) {
        this(port, host, dataDir, catalogDir, calendarDir, zone, database, DEFAULT_DEADLINE_WATCH, false, null);
    }

    /** Settings with or without demo accounts, on the system clock. */
    public ServerConfig(int port, String host, Path dataDir, Path catalogDir, Path calendarDir, ZoneId zone, Database database,
                        Duration deadlineWatch, boolean demo) {
        this(port, host, dataDir, catalogDir, calendarDir, zone, database, deadlineWatch, demo, null);
    }

    /** Settings on the system clock, without demo accounts. */
    public ServerConfig(int port, String host, Path dataDir, Path catalogDir, Path calendarDir, ZoneId zone, Database database,
                        Duration deadlineWatch) {
        this(port, host, dataDir, catalogDir, calendarDir, zone, database, deadlineWatch, false, null);
    }

    /** The clock the server runs on: frozen at {@link #fixedNow()} if given, else the system clock. */
    public Clock clock() {
        return fixedNow == null ? Clock.systemUTC() : Clock.fixed(fixedNow.toInstant(), fixedNow.getOffset());
    }

    /** What {@code --help} prints: every option, its environment variable and its default. */
    public static String usage() {
        return """
                Usage: java -jar qyzmet-server.jar [--option value | --option=value]... | --help | --version
                Each setting comes from its option, else its environment variable, else its default.

                  --port            QYZMET_PORT            HTTP port, 0 for any free one (default 8080)
                  --host            QYZMET_HOST            address to listen on (default 127.0.0.1)
                  --data-dir        QYZMET_DATA_DIR        embedded database, tokens and registry files (default ./data)
                  --catalog-dir     QYZMET_CATALOG_DIR     a catalog of your own (default: the built-in one)
                  --calendar-dir    QYZMET_CALENDAR_DIR    calendar years to add or replace (default: built-in only)
                  --zone            QYZMET_ZONE            the providers' time zone (default Asia/Almaty)
                  --database-url    QYZMET_DATABASE_URL    jdbc:postgresql: or jdbc:h2: URL (default: H2 in the data directory)
                                    QYZMET_DATABASE_USER, QYZMET_DATABASE_PASSWORD   its credentials (environment only)
                  --deadline-watch  QYZMET_DEADLINE_WATCH  how often the deadline watch runs, ISO-8601 (default PT1M)
                  --demo            QYZMET_DEMO=true       create demo accounts (and demo registry files) on the first start
                  --clock           QYZMET_CLOCK           a moment taken as "now" for good, for demos, tests and
                                                           training, e.g. 2025-03-17T10:00:00+05:00 (default: the system clock)
                  --compact-at      QYZMET_COMPACT_AT      when the embedded database file is compacted each day, a local
                                                           time in the zone, or off (default 03:00; not for PostgreSQL)
                  --compact-callers-wait    QYZMET_COMPACT_CALLERS_WAIT    how long a call waits for a compaction
                                                           before it is answered 503 with Retry-After (default PT30S)
                  --compact-in-flight-wait  QYZMET_COMPACT_IN_FLIGHT_WAIT  how long a compaction waits for the
                                                           transactions in flight before it gives up (default PT10S)
                  --help                                   print this and exit
                  --version                                print the version and exit

                Exit codes: 2 a bad setting, 3 a broken catalog, calendar, token file or database, 1 anything else.
                """;
    }

    /** The address listened on unless configured otherwise: the loopback, so that nothing outside the machine reaches a demo. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /**
     * Reads the settings from the command line and the environment.
     *
     * @throws IllegalArgumentException naming the option or variable and the rule it breaks
     */
    public static ServerConfig from(String[] args, Map<String, String> environment) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("'" + arg + "': options take the form --name value or --name=value");
            }
            if (arg.equals("--demo")) {
                options.put("demo", "true");
                continue;
            }
            String name;
            String value;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(2, equals);
                value = arg.substring(equals + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + ": a value is required");
                }
                value = args[++i];
            }
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("--" + name + ": unknown option; options are --"
                        + String.join(", --", OPTIONS) + " (--help lists them)");
            }
            options.put(name, value);
        }
        String port = setting(options, environment, "port", "QYZMET_PORT", String.valueOf(DEFAULT_PORT));
        String catalog = setting(options, environment, "catalog-dir", "QYZMET_CATALOG_DIR", null);
        String calendar = setting(options, environment, "calendar-dir", "QYZMET_CALENDAR_DIR", null);
        String database = setting(options, environment, "database-url", "QYZMET_DATABASE_URL", null);
        return new ServerConfig(
                parsePort(port, options.containsKey("port") ? "--port" : "QYZMET_PORT"),
                setting(options, environment, "host", "QYZMET_HOST", DEFAULT_HOST),
                Path.of(setting(options, environment, "data-dir", "QYZMET_DATA_DIR", "data")),
                catalog == null ? null : Path.of(catalog),
                calendar == null ? null : Path.of(calendar),
                parseZone(setting(options, environment, "zone", "QYZMET_ZONE", "Asia/Almaty")),
                database == null ? null : new Database(database, environment.get("QYZMET_DATABASE_USER"), environment.get("QYZMET_DATABASE_PASSWORD")),
                parseDuration(setting(options, environment, "deadline-watch", "QYZMET_DEADLINE_WATCH", DEFAULT_DEADLINE_WATCH.toString())),
                parseFlag(setting(options, environment, "demo", "QYZMET_DEMO", "false"), "--demo / QYZMET_DEMO"),
                parseMoment(setting(options, environment, "clock", "QYZMET_CLOCK", null)),
                parseDailyTime(setting(options, environment, "compact-at", "QYZMET_COMPACT_AT", DEFAULT_COMPACT_AT.toString())),
                new CompactionWaits(
                        parseWait(setting(options, environment, "compact-callers-wait", "QYZMET_COMPACT_CALLERS_WAIT",
                                CompactionWaits.DEFAULT.callers().toString()), "--compact-callers-wait / QYZMET_COMPACT_CALLERS_WAIT"),
                        parseWait(setting(options, environment, "compact-in-flight-wait", "QYZMET_COMPACT_IN_FLIGHT_WAIT",
                                CompactionWaits.DEFAULT.inFlight().toString()), "--compact-in-flight-wait / QYZMET_COMPACT_IN_FLIGHT_WAIT")));
    }

    private static Duration parseWait(String value, String name) {
        Duration wait;
        try {
            wait = Duration.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + ": must be a positive ISO-8601 duration such as PT30S, was '" + value + "'");
        }
        if (wait.isNegative() || wait.isZero()) {
            throw new IllegalArgumentException(name + ": must be a positive ISO-8601 duration such as PT30S, was '" + value + "'");
        }
        return wait;
    }

    private static LocalTime parseDailyTime(String value) {
        if (value.equals("off")) {
            return null;
        }
        if (!value.matches("\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("--compact-at / QYZMET_COMPACT_AT: must be a time of day such as 03:00 (hours and minutes, "
                    + "in the providers' zone) or off, was '" + value + "'");
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--compact-at / QYZMET_COMPACT_AT: must be a time of day from 00:00 to 23:59 or off, was '"
                    + value + "'");
        }
    }

    private static OffsetDateTime parseMoment(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--clock / QYZMET_CLOCK: must be a moment with its offset such as "
                    + "2025-03-17T10:00:00+05:00, was '" + value + "'");
        }
    }

    private static String setting(Map<String, String> options, Map<String, String> environment, String option,
                                  String variable, String fallback) {
        String value = options.get(option);
        if (value == null) {
            value = environment.get(variable);
        }
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("--" + option + " / " + variable + ": must not be blank");
        }
        return value != null ? value.strip() : fallback;
    }

    private static int parsePort(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": must be a port number 0–65535, was '" + value + "'");
        }
    }

    private static Duration parseDuration(String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--deadline-watch / QYZMET_DEADLINE_WATCH: must be an ISO-8601 duration such as PT1M, was '" + value + "'");
        }
    }

    private static boolean parseFlag(String value, String name) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(name + ": must be true or false, was '" + value + "'");
    }

    private static ZoneId parseZone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--zone / QYZMET_ZONE: must be a tzdata zone such as Asia/Almaty, was '" + value + "'");
        }
    }
}

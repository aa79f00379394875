package kz.qyzmet.adapters.rest.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.application.request.port.in.ActingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TokenFile} that follows its file without a restart: at most once per check interval it reads the
 * file again and, when its content changed, takes the new tokens — a token removed from the file stops
 * working, a token added starts. A changed file that is broken, or that others may read, is not taken: the
 * tokens in force stay, and the log says why. A file that disappears leaves no token in force.
 */
public final class ReloadingTokenFile implements Authenticator {

    /** How often the file is looked at unless told otherwise. */
    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingTokenFile.class);

    private final Path file;
    private final Clock clock;
    private final Duration checkInterval;
    private TokenFile current;
    private byte[] seen;
    private Instant checkedAt;

    private ReloadingTokenFile(Path file, Clock clock, Duration checkInterval, TokenFile current, byte[] seen) {
        this.file = file;
        this.clock = clock;
        this.checkInterval = checkInterval;
        this.current = current;
        this.seen = seen;
        this.checkedAt = clock.instant();
    }

    /**
     * Reads the file now: a broken one, or one others may read, is refused at once. A file that does not exist
     * yet means no tokens until it is written.
     *
     * @throws TokenFileException naming the file, the entry and the field, or the permissions
     */
    public static ReloadingTokenFile open(Path file, Clock clock, Duration checkInterval) {
        Objects.requireNonNull(file, "file: required");
        if (!Files.exists(file)) {
            return new ReloadingTokenFile(file, clock, checkInterval, TokenFile.empty(), null);
        }
        byte[] content = read(file);
        TokenFile.requirePrivate(file);
        return new ReloadingTokenFile(file, clock, checkInterval, TokenFile.parse(file, content, clock), content);
    }

    @Override
    public Optional<ActingUser> authenticate(String bearerToken) {
        return tokens().authenticate(bearerToken);
    }

    /** How many tokens are in force. */
    public int size() {
        return tokens().size();
    }

    private synchronized TokenFile tokens() {
        Instant now = clock.instant();
        if (now.isBefore(checkedAt.plus(checkInterval))) {
            return current;
        }
        checkedAt = now;
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            if (seen != null) {
                LOG.warn("{} is gone: no bearer token is in force until it is written again", file.toAbsolutePath());
                current = TokenFile.empty();
                seen = null;
            }
            return current;
        } catch (IOException e) {
            LOG.warn("{} cannot be read, the tokens in force stay: {}", file.toAbsolutePath(), e.getMessage());
            return current;
        }
        if (Arrays.equals(content, seen)) {
            return current;
        }
        seen = content;
        try {
            TokenFile.requirePrivate(file);
            current = TokenFile.parse(file, content, clock);
            LOG.info("{} changed: {} bearer tokens in force", file.toAbsolutePath(), current.size());
        } catch (TokenFileException e) {
            LOG.warn("{} changed but is not taken, the tokens in force stay: {}", file.toAbsolutePath(), e.getMessage());
        }
        return current;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TokenFileException(file + ": cannot be read: " + e.getMessage());
        }
    }
}

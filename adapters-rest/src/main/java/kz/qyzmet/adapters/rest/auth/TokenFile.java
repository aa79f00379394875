package kz.qyzmet.adapters.rest.auth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Iin;

/**
 * The default authenticator: bearer tokens listed in a JSON file that stores only their SHA-256 hashes, each
 * mapped to a user, a role, a provider (staff), an IIN (applicants) and, for the system account of the teachers'
 * platform or of mobile devices, the channel it hands in through. The file format:
 *
 * <pre>{@code
 * {"tokens": [
 *   {"sha256": "9f86d0…", "user": "clerk", "role": "INTAKE_OFFICER", "provider": "school-1"},
 *   {"sha256": "2c26b4…", "user": "aigerim", "role": "APPLICANT", "iin": "061211600012",
 *    "expires": "2027-01-01T00:00:00+05:00"},
 *   {"sha256": "fcde2b…", "user": "platform", "role": "SYSTEM", "channel": "PLATFORM"}
 * ]}
 * }</pre>
 *
 * A token with {@code expires} (an ISO-8601 date-time with its offset) is refused from that moment on. A file
 * with a broken entry is refused as a whole, naming the entry and the field. The file holds IINs: it is
 * created readable by its owner only, and {@link #requirePrivate} refuses one that others may read.
 */
public final class TokenFile implements Authenticator {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern PROVIDER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Map<String, Grant> byHash;
    private final Clock clock;

    private TokenFile(Map<String, Grant> byHash, Clock clock) {
        this.byHash = Map.copyOf(byHash);
        this.clock = clock;
    }

    /** A user and the moment their token stops working, or null for never. */
    private record Grant(ActingUser user, Instant expires) {
    }

    /** One entry of the file. */
    record Entry(String sha256, String user, String role, String provider, String iin, String channel, String expires) {
    }

    /** A file without tokens: every token is unknown. */
    public static TokenFile empty() {
        return new TokenFile(Map.of(), Clock.systemUTC());
    }

    /** The file. */
    record Tokens(List<Entry> tokens) {
    }

    /** Reads and checks a token file; expiry is judged by the system clock. */
    public static TokenFile load(Path file) {
        try {
            return parse(file, Files.readAllBytes(file), Clock.systemUTC());
        } catch (IOException e) {
            throw new TokenFileException(file + ": cannot be read as a token file: " + e.getMessage());
        }
    }

    /** Checks the content of a token file read from {@code file}; expiry is judged by the clock. */
    public static TokenFile parse(Path file, byte[] content, Clock clock) {
        Tokens tokens;
        try {
            tokens = JSON.readValue(content, Tokens.class);
        } catch (IOException e) {
            throw new TokenFileException(file + ": cannot be read as a token file: " + e.getMessage());
        }
        if (tokens == null || tokens.tokens() == null) {
            throw new TokenFileException(file + ": tokens: required, a list of entries");
        }
        Map<String, Grant> byHash = new LinkedHashMap<>();
        for (int i = 0; i < tokens.tokens().size(); i++) {
            String at = file + ": tokens[" + i + "].";
            Entry entry = tokens.tokens().get(i);
            if (entry == null) {
                throw new TokenFileException(file + ": tokens[" + i + "]: must be an object");
            }
            Grant grant = new Grant(user(entry, at), expires(entry, at));
            if (byHash.put(entry.sha256(), grant) != null) {
                throw new TokenFileException(at + "sha256: the same token hash is listed twice");
            }
        }
        return new TokenFile(byHash, clock);
    }

    private static Instant expires(Entry entry, String at) {
        if (entry.expires() == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(entry.expires()).toInstant();
        } catch (DateTimeException e) {
            throw new TokenFileException(at + "expires: must be an ISO-8601 date-time with its offset, such as 2027-01-01T00:00:00+05:00");
        }
    }

    /**
     * Refuses a token file that anybody but its owner may read or write: it holds token hashes and applicants'
     * IINs. Where the file system has no POSIX permissions there is nothing to check.
     *
     * @throws TokenFileException naming the file, its permissions and the fix
     */
    public static void requirePrivate(Path file) {
        try {
            if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new TokenFileException(file + ": others may read or write it (" + PosixFilePermissions.toString(permissions)
                        + "); it holds token hashes and IINs: make it the owner's only (chmod 600)");
            }
        } catch (IOException e) {
            throw new TokenFileException(file + ": its permissions cannot be read: " + e.getMessage());
        }
    }

    private static ActingUser user(Entry entry, String at) {
        require(entry.sha256() != null && HASH.matcher(entry.sha256()).matches(), at + "sha256: must be 64 lower-case hex digits (SHA-256 of the token)");
        require(entry.user() != null && USER.matcher(entry.user()).matches(), at + "user: must be 1-64 letters, digits, '.', '_', '@' or '-'");
        Role role;
        try {
            role = Role.valueOf(String.valueOf(entry.role()));
        } catch (IllegalArgumentException e) {
            throw new TokenFileException(at + "role: must be one of " + List.of(Role.values()) + ", was " + entry.role());
        }
        boolean staff = role.isProviderStaff();
        require(staff == (entry.provider() != null), at + "provider: " + (staff ? "required for " : "not allowed for ") + role);
        require(entry.provider() == null || PROVIDER.matcher(entry.provider()).matches(), at + "provider: must be lower-case words joined by '-'");
        require((role == Role.APPLICANT) == (entry.iin() != null), at + "iin: " + (role == Role.APPLICANT ? "required for " : "not allowed for ") + role);
        if (entry.iin() != null) {
            try {
                Iin.of(entry.iin());
            } catch (IllegalArgumentException e) {
                throw new TokenFileException(at + "iin: " + e.getMessage());
            }
        }
        Channel channel = null;
        if (entry.channel() != null) {
            require(role == Role.SYSTEM, at + "channel: not allowed for " + role + " (only a system account hands in through a channel of its own)");
            require(entry.channel().equals(Channel.PLATFORM.name()) || entry.channel().equals(Channel.MOBILE.name()),
                    at + "channel: must be PLATFORM or MOBILE, was " + entry.channel());
            channel = Channel.valueOf(entry.channel());
        }
        return new ActingUser(entry.user(), role, entry.provider(), entry.iin(), channel);
    }

    private static void require(boolean rule, String message) {
        if (!rule) {
            throw new TokenFileException(message);
        }
    }

    @Override
    public Optional<ActingUser> authenticate(String bearerToken) {
        if (bearerToken == null) {
            return Optional.empty();
        }
        Grant grant = byHash.get(sha256(bearerToken));
        if (grant == null || grant.expires() != null && !clock.instant().isBefore(grant.expires())) {
            return Optional.empty();
        }
        return Optional.of(grant.user());
    }

    /** How many tokens the file lists. */
    public int size() {
        return byHash.size();
    }

    /** The hex SHA-256 of a token, as the file stores it. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * Writes a token file for the given users with fresh random tokens and returns the tokens, which are
     * stored nowhere else: the only moment they can be shown is now.
     */
    public static Map<ActingUser, String> create(Path file, List<ActingUser> users) {
        SecureRandom random = new SecureRandom();
        Map<ActingUser, String> issued = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (ActingUser user : users) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String token = "qz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            issued.put(user, token);
            entries.add(new Entry(sha256(token), user.user(), user.role().name(), user.provider(), user.iin(),
                    user.channel() == null ? null : user.channel().name(), null));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            if (Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                // the umask may have taken bits the attribute asked for, never added any: set them as meant
                Files.setPosixFilePermissions(partial, OWNER_ONLY);
            }
            Files.write(partial, JSON.writeValueAsBytes(new Tokens(entries)));
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TokenFileException(file + ": cannot be written: " + e.getMessage());
        }
        return issued;
    }
}

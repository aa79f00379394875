package kz.qyzmet.server;

import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.qyzmet.adapters.rest.auth.Authenticator;
import kz.qyzmet.adapters.rest.auth.ReloadingTokenFile;
import kz.qyzmet.adapters.rest.auth.TokenFile;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled server's bearer tokens: the token file in the data directory, followed without a restart
 * ({@link ReloadingTokenFile}). Only in demo mode ({@code --demo}) and only when there is no token file yet,
 * it is created with one demo user per role — a {@code SYSTEM} token among them — whose tokens are printed to
 * standard output then, once, and stored only as hashes. Without demo mode and without a file, no token is in
 * force until one is written.
 */
final class DemoTokens {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTokens.class);

    /**
     * The demo users: the staff of school-1, a clerk of school-2, the State Corporation, the portal, the system
     * accounts of the teachers' platform and of mobile devices, and an applicant.
     */
    static final List<ActingUser> USERS = List.of(
            new ActingUser("aigerim", Role.APPLICANT, null, "061211600012"),
            new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null),
            new ActingUser("director", Role.HEAD, "school-1", null),
            new ActingUser("teacher", Role.EXECUTOR, "school-1", null),
            new ActingUser("clerk2", Role.INTAKE_OFFICER, "school-2", null),
            new ActingUser("operator", Role.STATE_CORPORATION_OPERATOR, null, null),
            new ActingUser("portal", Role.SYSTEM, null, null),
            new ActingUser("platform", Role.SYSTEM, null, null, Channel.PLATFORM),
            new ActingUser("mobile", Role.SYSTEM, null, null, Channel.MOBILE));

    private DemoTokens() {
    }

    /**
     * The token file's authenticator; without a file in demo mode, a demo one is created and its tokens printed, and
     * the demo signing material with it ({@link DemoSigning}).
     */
    static Authenticator authenticator(Path file, int port, boolean demo, Clock clock) {
        if (demo && !Files.exists(file)) {
            DemoSigning.create(file.toAbsolutePath().getParent(), USERS, clock);
            Map<ActingUser, String> issued = TokenFile.create(file, USERS);
            StringBuilder out = new StringBuilder("\nQyzmet created demo bearer tokens in ").append(file.toAbsolutePath())
                    .append(" (only their SHA-256 hashes are kept; this is the only time they are shown):\n");
            issued.forEach((user, token) -> out.append(String.format("  %-9s %-27s %-10s %s%n", user.user(), user.role(),
                    user.provider() == null ? "" : user.provider(), token)));
            out.append("Use one as:  curl -H 'Authorization: Bearer <token>' http://localhost:").append(port == 0 ? "<port>" : port)
                    .append("/requests\n");
            System.out.println(out);
        }
        if (!demo && !Files.exists(file)) {
            LOG.warn("No token file {}: every call to a protected route is answered 401 until one is written (it is read "
                    + "when it appears); start with --demo for demo accounts", file.toAbsolutePath());
        }
        ReloadingTokenFile tokens = ReloadingTokenFile.open(file, clock, ReloadingTokenFile.DEFAULT_CHECK_INTERVAL);
        LOG.info("Bearer tokens: {} holders in {}, re-read when it changes", tokens.size(), file.toAbsolutePath());
        return tokens;
    }
}

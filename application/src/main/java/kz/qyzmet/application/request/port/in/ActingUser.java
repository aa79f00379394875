package kz.qyzmet.application.request.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.UserId;

/**
 * The authenticated user a command is taken by: an account, a role, the provider staff act for, and the
 * IIN of an applicant. The adapter that authenticates fills it; the application checks what it may do.
 *
 * @param user     the account
 * @param role     the role
 * @param provider the provider, for staff of a provider
 * @param iin      the IIN, for applicants
 * @param channel  the channel a system account hands in through ({@code PLATFORM} or {@code MOBILE}), or null
 */
public record ActingUser(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}") String user,
        @NotNull Role role,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 64) String provider,
        @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String iin,
        Channel channel) {

    /** A user not bound to a channel: a person, or a system account that hands nothing in. */
    public ActingUser(String user, Role role, String provider, String iin) {
        this(user, role, provider, iin, null);
    }

    /** The domain's actor; an IIN whose check digit fails is an invalid command naming {@code actor.iin}. */
    public Actor toActor() {
        try {
            return new Actor(UserId.of(user), role, provider == null ? null : ProviderId.of(provider), iin == null ? null : Iin.of(iin));
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(java.util.List.of(new InvalidCommandException.Violation("actor", "Actor", e.getMessage())));
        }
    }

    @Override
    public String toString() {
        return "ActingUser[" + user + ", " + role + ", " + provider + (channel == null ? "" : ", " + channel) + "]";
    }
}

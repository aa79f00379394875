package kz.qyzmet.domain.request;

import java.util.Objects;
import kz.qyzmet.domain.catalog.Role;

/**
 * Who takes an action on a request: a user in a role, for a provider (staff), or an applicant with their
 * IIN. The application layer authenticates actors; the domain records them in the history.
 *
 * @param user     the account
 * @param role     the role acted in
 * @param provider the provider staff act for; null for applicants and the State Corporation's operators
 * @param iin      the applicant's IIN; null for staff
 */
public record Actor(UserId user, Role role, ProviderId provider, Iin iin) {

    public Actor {
        Objects.requireNonNull(user, "user: required");
        Objects.requireNonNull(role, "role: required");
        if (role == Role.APPLICANT && iin == null) {
            throw new IllegalArgumentException("iin: an applicant acts with their IIN");
        }
        if (role.isProviderStaff() && provider == null) {
            throw new IllegalArgumentException("provider: " + role + " acts for a provider");
        }
    }

    public static Actor applicant(UserId user, Iin iin) {
        return new Actor(user, Role.APPLICANT, null, iin);
    }

    public static Actor staff(UserId user, Role role, ProviderId provider) {
        return new Actor(user, role, provider, null);
    }

    /** The system itself (the portal's automatic intake, scheduled jobs). */
    public static Actor system(String job) {
        return new Actor(UserId.of("system." + job), Role.SYSTEM, null, null);
    }
}

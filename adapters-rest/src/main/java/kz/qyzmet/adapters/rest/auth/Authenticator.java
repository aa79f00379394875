package kz.qyzmet.adapters.rest.auth;

import java.util.Optional;
import kz.qyzmet.application.request.port.in.ActingUser;

/**
 * Port of the REST adapter: who presents a bearer token. The default is {@link TokenFile}; an embedding
 * application plugs in its own (an identity provider's token introspection, say).
 */
public interface Authenticator {

    /** The user the token belongs to, or empty for a token nobody holds. */
    Optional<ActingUser> authenticate(String bearerToken);
}

package kz.qyzmet.application.onetimepassword.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.domain.request.Iin;

/**
 * Port out: the one-time passwords issued, hashed; the latest one per IIN (the one added last) is the one that
 * counts. Every server that shares a store shares its codes: a code sent through one server signs through
 * another, and a code's tries are counted and its single use kept across all of them.
 */
public interface IssuedCodes {

    /** Stores a newly issued code; it replaces the IIN's earlier one as the latest. */
    void add(IssuedCode code);

    /** When the codes issued for the IIN after that moment were issued, oldest first. */
    List<Instant> issuedSince(Iin iin, Instant since);

    /** The latest code issued for the IIN. */
    Optional<IssuedCode> latest(Iin iin);

    /**
     * Replaces the IIN's latest code with its new state (after a try), if it still is {@code current}: no other try
     * was recorded and no newer code added in between, by this or any other server sharing the store.
     *
     * @return whether it was replaced; {@code false} means the caller read a stale code and must read it again
     */
    boolean replace(IssuedCode current, IssuedCode next);

    /**
     * The secret the codes are hashed with, the same for every server sharing the store (at least 16 bytes) —
     * so that a code sent through one server is checked by another.
     */
    byte[] hashKey();
}

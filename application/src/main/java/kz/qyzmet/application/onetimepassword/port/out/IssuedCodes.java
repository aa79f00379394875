package kz.qyzmet.application.onetimepassword.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.domain.request.Iin;

/** Port out: the one-time passwords issued, hashed; the latest one per IIN is the one that counts. */
public interface IssuedCodes {

    /** Stores a newly issued code; it replaces the IIN's earlier one. */
    void add(IssuedCode code);

    /** When the codes issued for the IIN after that moment were issued, oldest first. */
    List<Instant> issuedSince(Iin iin, Instant since);

    /** The latest code issued for the IIN. */
    Optional<IssuedCode> latest(Iin iin);

    /** Replaces the IIN's latest code (after a try) with its new state. */
    void update(IssuedCode code);
}

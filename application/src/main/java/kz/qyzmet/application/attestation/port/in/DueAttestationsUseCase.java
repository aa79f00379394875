package kz.qyzmet.application.attestation.port.in;

import java.util.List;

/** Use case: list the teachers of a provider who are due for attestation ("at least once in five years"). */
public interface DueAttestationsUseCase {

    /** The teachers due on the query's day, longest overdue first; empty where the standard states no interval. */
    List<DueAttestation> due(DueAttestationsQuery query);
}

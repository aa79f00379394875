package kz.qyzmet.application.attestation.port.in;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A teacher due for attestation: their last attestation result was issued five years or more ago.
 *
 * @param iin        the teacher's IIN
 * @param lastIssued the day their last attestation result was issued
 * @param dueSince   the day five years after it
 * @param request    the request of that attestation
 */
public record DueAttestation(String iin, LocalDate lastIssued, LocalDate dueSince, UUID request) {
}

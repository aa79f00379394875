package kz.qyzmet.adapters.persistence.memory;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCode;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCodes;
import kz.qyzmet.domain.request.Iin;

/**
 * The one-time passwords issued, hashed, in memory, with a hash key of this instance. Codes live five minutes: a
 * restart voids the codes in flight, and the applicant asks for a new one. One process only — servers that share a
 * database share their codes through the JDBC store instead.
 */
public final class InMemoryIssuedCodes implements IssuedCodes {

    private final Map<Iin, List<IssuedCode>> byIin = new ConcurrentHashMap<>();
    private final byte[] hashKey = new byte[32];

    /** An empty store with a new random hash key. */
    public InMemoryIssuedCodes() {
        new SecureRandom().nextBytes(hashKey);
    }

    @Override
    public void add(IssuedCode code) {
        byIin.compute(code.iin(), (iin, codes) -> {
            List<IssuedCode> kept = new ArrayList<>();
            if (codes != null) {
                // an hour is the longest look back (the hourly limit): older codes are dropped
                codes.stream().filter(c -> c.issuedAt().isAfter(code.issuedAt().minusSeconds(3600))).forEach(kept::add);
            }
            kept.add(code);
            return kept;
        });
    }

    @Override
    public List<Instant> issuedSince(Iin iin, Instant since) {
        return byIin.getOrDefault(iin, List.of()).stream().map(IssuedCode::issuedAt).filter(at -> at.isAfter(since)).sorted().toList();
    }

    @Override
    public Optional<IssuedCode> latest(Iin iin) {
        List<IssuedCode> codes = byIin.get(iin);
        return codes == null || codes.isEmpty() ? Optional.empty() : Optional.of(codes.get(codes.size() - 1));
    }

    @Override
    public boolean replace(IssuedCode current, IssuedCode next) {
        if (!current.iin().equals(next.iin())) {
            throw new IllegalArgumentException("next: must be a state of the same IIN's code");
        }
        AtomicBoolean replaced = new AtomicBoolean();
        byIin.computeIfPresent(current.iin(), (iin, codes) -> {
            if (!codes.get(codes.size() - 1).equals(current)) {
                return codes;
            }
            List<IssuedCode> kept = new ArrayList<>(codes);
            kept.set(kept.size() - 1, next);
            replaced.set(true);
            return kept;
        });
        return replaced.get();
    }

    @Override
    public byte[] hashKey() {
        return hashKey.clone();
    }
}

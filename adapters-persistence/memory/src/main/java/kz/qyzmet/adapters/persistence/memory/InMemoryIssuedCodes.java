package kz.qyzmet.adapters.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCode;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCodes;
import kz.qyzmet.domain.request.Iin;

/**
 * The one-time passwords issued, hashed, in memory. Codes live five minutes, so the bundled server keeps them here:
 * a restart voids the codes in flight, and the applicant asks for a new one.
 */
public final class InMemoryIssuedCodes implements IssuedCodes {

    private final Map<Iin, List<IssuedCode>> byIin = new ConcurrentHashMap<>();

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
    public void update(IssuedCode code) {
        byIin.computeIfPresent(code.iin(), (iin, codes) -> {
            List<IssuedCode> kept = new ArrayList<>(codes);
            kept.set(kept.size() - 1, code);
            return kept;
        });
    }
}

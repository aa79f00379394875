package kz.qyzmet.domain.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sequence of steps a regulation prescribes for a service on some channels, such as "via the
 * provider: intake 15 min → resolution 15 min → execution 14 working days → issue 1 working day".
 *
 * @param code     stable code, such as {@code via-provider}
 * @param channels the channels it applies to, at least one
 * @param steps    the steps in order, at least one
 * @param source   where it comes from
 */
public record Procedure(CatalogCode code, Set<Channel> channels, List<ProcedureStep> steps, Citation source) {
    public Procedure {
        Objects.requireNonNull(code, "code: required");
        Objects.requireNonNull(channels, "channels: required");
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels: at least one channel is required (" + code + ")");
        }
        channels = Set.copyOf(EnumSet.copyOf(channels));
        Objects.requireNonNull(steps, "steps: required");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("steps: at least one step is required (" + code + ")");
        }
        steps = List.copyOf(steps);
        Objects.requireNonNull(source, "source: required");
    }
}

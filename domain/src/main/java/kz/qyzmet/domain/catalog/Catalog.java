package kz.qyzmet.domain.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The services a deployment knows, with their standards. A service is found by its id or by its
 * official code.
 *
 * @param standards the services, each id and each official code once
 */
public record Catalog(List<ServiceStandard> standards) {

    public Catalog {
        Objects.requireNonNull(standards, "standards: required");
        standards = standards.stream().sorted(Comparator.comparing(standard -> standard.id().value())).toList();
        Map<Object, ServiceId> seen = new HashMap<>();
        for (ServiceStandard standard : standards) {
            ServiceId clash = seen.put(standard.id(), standard.id());
            if (clash != null) {
                throw new IllegalArgumentException("services: id '" + standard.id() + "' appears twice");
            }
            if (standard.code() != null) {
                clash = seen.put(standard.code(), standard.id());
                if (clash != null) {
                    throw new IllegalArgumentException("services: official code " + standard.code() + " is used by both '"
                            + clash + "' and '" + standard.id() + "'");
                }
            }
        }
    }

    /** The service with that id ({@code school-admission}) or official code ({@code 403003}). */
    public Optional<ServiceStandard> find(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        String key = idOrCode.strip();
        boolean byCode = ServiceCode.isCode(key);
        return standards.stream()
                .filter(standard -> byCode
                        ? standard.code() != null && standard.code().value().equals(key)
                        : standard.id().value().equals(key))
                .findFirst();
    }
}

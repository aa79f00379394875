package kz.qyzmet.domain.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A state service and the versions of its standard (стандарт / негізгі талаптар тізбесі) over time.
 * A request is governed by the version in force when it was accepted: {@link #versionOn(LocalDate)}.
 *
 * @param id         the stable id, such as {@code education-document-duplicate}
 * @param code       the official code, such as {@code 803005}, or null where no source gives one
 * @param name       the service's official name
 * @param nameSource where the name comes from
 * @param versions   every version, variants included, at least one that is not a variant
 */
public record ServiceStandard(ServiceId id, ServiceCode code, LocalizedText name, Citation nameSource, List<StandardVersion> versions) {

    public ServiceStandard {
        Objects.requireNonNull(id, "id: required");
        Objects.requireNonNull(name, "name: required");
        Objects.requireNonNull(nameSource, "nameSource: required");
        Objects.requireNonNull(versions, "versions: required");
        versions = List.copyOf(versions);
        Set<CatalogCode> ids = new HashSet<>();
        Map<LocalDate, CatalogCode> starts = new HashMap<>();
        for (StandardVersion version : versions) {
            VersionOrigin origin = version.origin();
            if (!ids.add(origin.id())) {
                throw new IllegalArgumentException("versions: id '" + origin.id() + "' appears twice");
            }
            if (origin.basedOn() != null && !ids.contains(origin.basedOn())) {
                throw new IllegalArgumentException("versions." + origin.id() + ".basedOn: '" + origin.basedOn()
                        + "' is not a version listed before it");
            }
            if (!origin.variant()) {
                CatalogCode clash = starts.put(origin.validity().from(), origin.id());
                if (clash != null) {
                    throw new IllegalArgumentException("versions." + origin.id() + ".validFrom: " + origin.validity().from()
                            + " is also the start of '" + clash + "'; two versions that are not variants cannot start on the same day");
                }
            }
        }
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("versions: at least one version that is not a variant is required");
        }
    }

    public Optional<ServiceCode> officialCode() {
        return Optional.ofNullable(code);
    }

    /**
     * The version in force on a day: of the versions that are not variants, the one with the latest start on
     * or before the day, provided its stated end (if any) is not before the day.
     */
    public Optional<StandardVersion> versionOn(LocalDate day) {
        Objects.requireNonNull(day, "on: required");
        return versions.stream()
                .filter(version -> !version.origin().variant())
                .filter(version -> !version.origin().validity().from().isAfter(day))
                .max(Comparator.comparing(version -> version.origin().validity().from()))
                .filter(version -> version.origin().validity().covers(day));
    }

    /** The version with that id, variants included. */
    public Optional<StandardVersion> version(CatalogCode versionId) {
        return versions.stream().filter(version -> version.id().equals(versionId)).findFirst();
    }

    /** The variants kept beside a version. */
    public List<StandardVersion> variantsOf(CatalogCode versionId) {
        return versions.stream()
                .filter(version -> version.origin().variant() && versionId.equals(version.origin().basedOn()))
                .toList();
    }

    /** The earliest day on which some version is in force. */
    public LocalDate firstDay() {
        return versions.stream()
                .filter(version -> !version.origin().variant())
                .map(version -> version.origin().validity().from())
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }
}

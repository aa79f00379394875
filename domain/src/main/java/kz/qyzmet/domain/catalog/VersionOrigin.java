package kz.qyzmet.domain.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a version of a standard comes from and when it is in force.
 *
 * @param id       the version's id within its service, such as {@code 003-regulation-1}
 * @param validity when it is in force
 * @param source   the document (and part) it comes from
 * @param variant  whether it is an alternative reading kept beside another version (for example the
 *                 Russian text of a regulation where it disagrees with the Kazakh); a variant is never
 *                 chosen by date, only by id
 * @param basedOn  the version whose facts this one starts from and overrides in part, or null
 * @param note     why this version exists and what it differs in, for developers, or null
 */
public record VersionOrigin(CatalogCode id, EffectivePeriod validity, Citation source, boolean variant, CatalogCode basedOn, String note) {

    public VersionOrigin {
        Objects.requireNonNull(id, "id: required");
        Objects.requireNonNull(validity, "validFrom: required");
        Objects.requireNonNull(source, "source: required");
        if (variant && basedOn == null) {
            throw new IllegalArgumentException("basedOn: a variant must name the version it is a variant of (" + id + ")");
        }
        if (id.equals(basedOn)) {
            throw new IllegalArgumentException("basedOn: a version cannot be based on itself (" + id + ")");
        }
    }

    public Optional<CatalogCode> base() {
        return Optional.ofNullable(basedOn);
    }

    public Optional<String> optionalNote() {
        return Optional.ofNullable(note);
    }
}

package kz.qyzmet.domain.catalog;

import java.util.Objects;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * The provider of a service as field 1 of the standard names it (көрсетілетін қызметті беруші / услугодатель).
 *
 * @param kind the kind of body
 * @param name the standard's words for it
 */
public record Provider(ProviderKind kind, LocalizedText name) {
    public Provider {
        Objects.requireNonNull(kind, "provider.kind: required");
        Objects.requireNonNull(name, "provider.name: required");
    }
}

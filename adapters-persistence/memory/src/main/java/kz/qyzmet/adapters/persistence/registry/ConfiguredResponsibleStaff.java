package kz.qyzmet.adapters.persistence.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.ResponsibleStaff;
import kz.qyzmet.application.request.port.out.Responsibles;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.UserId;

/**
 * Each provider's responsible staff per service, as its order names them (seed 000), given in code or read
 * from a JSON file of the form
 * <pre>{@code
 * {"school-1": {"education-document-duplicate": {"intake": "clerk", "resolution": "director", "execution": "teacher"}}}
 * }</pre>
 * (providers, then service ids, then accounts; any of the three accounts may be left out). Thread-safe.
 */
public final class ConfiguredResponsibleStaff implements ResponsibleStaff {

    private final Map<ProviderId, Map<ServiceId, Responsibles>> staff = new ConcurrentHashMap<>();

    /** Names the staff responsible for a service at a provider. */
    public ConfiguredResponsibleStaff name(String provider, String service, String intake, String resolution, String execution) {
        staff.computeIfAbsent(ProviderId.of(provider), key -> new ConcurrentHashMap<>())
                .put(new ServiceId(service), new Responsibles(user(intake), user(resolution), user(execution)));
        return this;
    }

    /**
     * Reads the configuration file.
     *
     * @throws IllegalArgumentException naming the file and the entry that is wrong
     */
    public static ConfiguredResponsibleStaff fromFile(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("responsible staff: cannot read " + file, e);
        }
        ConfiguredResponsibleStaff configured = new ConfiguredResponsibleStaff();
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": must be an object of providers");
        }
        for (Iterator<Map.Entry<String, JsonNode>> providers = root.fields(); providers.hasNext(); ) {
            Map.Entry<String, JsonNode> provider = providers.next();
            for (Iterator<Map.Entry<String, JsonNode>> services = provider.getValue().fields(); services.hasNext(); ) {
                Map.Entry<String, JsonNode> service = services.next();
                JsonNode names = service.getValue();
                try {
                    configured.name(provider.getKey(), service.getKey(), text(names, "intake"), text(names, "resolution"),
                            text(names, "execution"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": " + provider.getKey() + "." + service.getKey() + ": " + e.getMessage(), e);
                }
            }
        }
        return configured;
    }

    @Override
    public Optional<Responsibles> responsibleFor(ProviderId provider, ServiceId service) {
        return Optional.ofNullable(staff.getOrDefault(provider, Map.of()).get(service));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static UserId user(String account) {
        return account == null ? null : UserId.of(account);
    }
}

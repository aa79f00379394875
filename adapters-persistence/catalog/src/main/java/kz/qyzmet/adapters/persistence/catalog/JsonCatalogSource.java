package kz.qyzmet.adapters.persistence.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.adapters.persistence.datafile.Field;
import kz.qyzmet.adapters.persistence.datafile.FieldException;
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.domain.catalog.Catalog;
import kz.qyzmet.domain.catalog.ServiceStandard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog as JSON files: an {@code index.json} listing the source documents and the services, and one
 * file per service under {@code services/} (format: {@code docs/catalog-format.md}). Every file is read and
 * validated when the source is created; a malformed or inconsistent file stops start-up with a
 * {@link CatalogFileException} naming the file, the service, the field and the rule.
 *
 * <p>{@link #builtIn()} reads the catalog shipped in this jar; {@link #fromDirectory(Path)} reads a
 * deployment's own copy with the same layout.
 */
public final class JsonCatalogSource implements CatalogSource {

    /** Where the built-in catalog lies on the class path. */
    public static final String BUILT_IN_ROOT = "qyzmet/catalog/";

    private static final Logger LOG = LoggerFactory.getLogger(JsonCatalogSource.class);

    private final Catalog catalog;
    private final Map<String, String> sourceFiles;

    private JsonCatalogSource(DataDirectory files) {
        Field index = new Field(read(files, "index.json"), "");
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> serviceIds;
        try {
            index.allowOnly("sources", "services");
            for (Field source : index.required("sources").nonEmptyList(f -> f)) {
                source.allowOnly("doc", "file", "title");
                String doc = source.required("doc").text();
                if (sources.put(doc, source.required("file").text()) != null) {
                    throw source.broken("source '" + doc + "' is listed twice");
                }
                source.required("title").text();
            }
            serviceIds = index.required("services").nonEmptyList(Field::text);
        } catch (FieldException e) {
            throw new CatalogFileException("index.json", null, e.path(), e.rule());
        }
        ServiceFileReader reader = new ServiceFileReader(sources.keySet());
        List<ServiceStandard> standards = new ArrayList<>();
        for (String id : serviceIds) {
            String file = "services/" + id + ".json";
            JsonNode json = read(files, file);
            try {
                ServiceStandard standard = reader.read(new Field(json, ""));
                if (!standard.id().value().equals(id)) {
                    throw new FieldException("id", "must equal the file name '" + id + "', was '" + standard.id() + "'");
                }
                standards.add(standard);
            } catch (FieldException e) {
                throw new CatalogFileException(file, json.path("id").asText(null), e.path(), e.rule());
            }
        }
        try {
            this.catalog = new Catalog(standards);
        } catch (IllegalArgumentException e) {
            throw new CatalogFileException("index.json", null, "services", e.getMessage());
        }
        this.sourceFiles = Map.copyOf(sources);
        LOG.info("Catalog loaded from {}: {} services, {} versions", files, standards.size(),
                standards.stream().mapToInt(s -> s.versions().size()).sum());
    }

    /** The catalog shipped with Qyzmet, read from the class path. */
    public static JsonCatalogSource builtIn() {
        return new JsonCatalogSource(DataDirectory.classpath(BUILT_IN_ROOT));
    }

    /** A catalog in a directory: {@code index.json} and {@code services/<id>.json}. */
    public static JsonCatalogSource fromDirectory(Path root) {
        return new JsonCatalogSource(DataDirectory.of(root));
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    /** The file name of each source document the catalog cites, by its number ({@code 002}). */
    public Map<String, String> sourceFiles() {
        return sourceFiles;
    }

    private static JsonNode read(DataDirectory files, String file) {
        try {
            return files.require(file);
        } catch (FieldException e) {
            throw new CatalogFileException(file, null, e.path(), e.rule());
        }
    }
}

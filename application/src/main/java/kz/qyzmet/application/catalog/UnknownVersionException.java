package kz.qyzmet.application.catalog;

import java.util.List;
import kz.qyzmet.domain.catalog.ServiceId;

/** A service's standard has no version with the id asked for. */
public final class UnknownVersionException extends RuntimeException {

    public UnknownVersionException(ServiceId service, String version, List<String> known) {
        super("version: " + service + " has no version '" + version + "'; its versions are " + known);
    }
}

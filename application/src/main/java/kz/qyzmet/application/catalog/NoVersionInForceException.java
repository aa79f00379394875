package kz.qyzmet.application.catalog;

import java.time.LocalDate;
import kz.qyzmet.domain.catalog.ServiceId;

/** A service's standard has no version in force on the day asked for (a day before its first version). */
public final class NoVersionInForceException extends RuntimeException {

    private final ServiceId service;
    private final LocalDate on;

    public NoVersionInForceException(ServiceId service, LocalDate on, LocalDate firstDay) {
        super("on: " + service + " has no version of its standard in force on " + on + "; the earliest starts " + firstDay);
        this.service = service;
        this.on = on;
    }

    public ServiceId service() {
        return service;
    }

    public LocalDate on() {
        return on;
    }
}

package kz.qyzmet.application.catalog;

/** No service in the catalog has the id or official code asked for. */
public final class UnknownServiceException extends RuntimeException {

    private final String service;

    public UnknownServiceException(String service) {
        super("service: no service has the id or official code '" + service + "'");
        this.service = service;
    }

    /** The id or code that was asked for. */
    public String service() {
        return service;
    }
}

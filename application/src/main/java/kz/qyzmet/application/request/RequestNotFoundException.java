package kz.qyzmet.application.request;

/**
 * No request with that id exists for the acting user: either none at all, or one of another provider or
 * applicant — deliberately the same answer, so that other tenants' requests cannot be discovered.
 */
public final class RequestNotFoundException extends RuntimeException {

    public RequestNotFoundException(String requestId) {
        super("requestId: no request " + requestId + " is visible to you");
    }
}

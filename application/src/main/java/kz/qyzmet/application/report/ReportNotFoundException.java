package kz.qyzmet.application.report;

/**
 * No report of that provider is visible to the acting user: only the provider's own staff and the system
 * may read it. Deliberately the same answer whether the provider exists or not, as for requests.
 */
public final class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String provider) {
        super("provider: no report of provider " + provider + " is visible to you");
    }
}

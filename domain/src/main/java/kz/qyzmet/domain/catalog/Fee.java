package kz.qyzmet.domain.catalog;

/**
 * What the applicant pays (field 6 of a standard). Every service in the sources is free for individuals;
 * a paid service would add its amount here.
 *
 * @param free whether the service is free of charge
 */
public record Fee(boolean free) {

    public static final Fee FREE = new Fee(true);

    public Fee {
        if (!free) {
            throw new IllegalArgumentException("fee: only free services are known to the catalog; a paid service needs its amount modelled");
        }
    }
}

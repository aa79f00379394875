package kz.qyzmet.benchmarks.city;

import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ProviderKind;

/**
 * Which services a city's requests are for, in what shares, in which months, and through which channels. The
 * shares and the seasons are this benchmark's assumptions (the seeds give no volumes; docs/BENCHMARKS.md, "One
 * city's year", says how they were chosen): the kindergarten queue and school admission dominate, each service
 * peaks around its intake window or the start of the school year. Which channels a service offers, its terms,
 * documents, windows and refusal grounds come from the catalog, never from here.
 *
 * @param services the services with their shares
 */
public record ServiceMix(List<Share> services) {

    /**
     * One service's part of the mix.
     *
     * @param service  the service's id in the built-in catalog
     * @param weight   its share of all requests, relative to the others
     * @param months   the relative weight of each month, January first (twelve numbers)
     * @param provider the kind of provider its requests are addressed to where the catalog names none
     */
    public record Share(String service, double weight, double[] months, ProviderKind provider) {
        public Share {
            if (months.length != 12) {
                throw new IllegalArgumentException("months: twelve weights, January first, not " + months.length);
            }
            months = months.clone();
        }

        /** A month, 1-12, drawn by the service's seasonal weights. */
        int month(Random random) {
            return 1 + draw(months, random);
        }
    }

    /**
     * The relative weight of each channel among those a service offers: the portal where offered takes most, then the
     * provider's office and the State Corporation (assumptions of this benchmark).
     */
    static final Map<Channel, Double> CHANNEL_WEIGHTS = Map.of(
            Channel.EGOV_PORTAL, 6.0, Channel.MOBILE, 1.0, Channel.PLATFORM, 1.0,
            Channel.PROVIDER_OFFICE, 3.0, Channel.STATE_CORPORATION, 2.0);

    public ServiceMix {
        services = List.copyOf(services);
    }

    /** The mix of docs/BENCHMARKS.md: ten services of the built-in catalog. */
    public static ServiceMix city() {
        return new ServiceMix(List.of(
                // registration in the kindergarten queue: all year, most in spring and summer before the September intake
                new Share("preschool-queue", 28, new double[] {6, 6, 8, 9, 10, 10, 10, 11, 9, 7, 7, 7}, ProviderKind.LOCAL_EDUCATION_AUTHORITY),
                // first grade: the window opens on 1 April; tenth grade from the end of the school year
                new Share("school-admission", 20, new double[] {1, 1, 2, 30, 16, 14, 14, 10, 6, 2, 2, 2}, ProviderKind.SCHOOL),
                // admission to a kindergarten on a referral: the places of September
                new Share("preschool-admission", 15, new double[] {5, 5, 5, 5, 6, 8, 14, 20, 14, 7, 6, 5}, ProviderKind.PRESCHOOL_ORGANISATION),
                new Share("school-meals", 9, new double[] {4, 3, 3, 3, 2, 1, 2, 25, 35, 10, 6, 6}, ProviderKind.SCHOOL),
                new Share("camp-voucher", 7, new double[] {2, 3, 8, 20, 30, 25, 6, 2, 1, 1, 1, 1}, ProviderKind.SCHOOL),
                new Share("education-document-duplicate", 6, new double[] {8, 8, 8, 8, 8, 12, 12, 10, 8, 6, 6, 6}, ProviderKind.SCHOOL),
                new Share("school-transfer", 6, new double[] {6, 5, 5, 5, 6, 14, 18, 22, 8, 4, 4, 3}, ProviderKind.SCHOOL),
                // the window of applications for attestation runs from September to December
                new Share("teacher-attestation", 4, new double[] {1, 1, 1, 1, 1, 1, 1, 2, 30, 25, 22, 18}, ProviderKind.SCHOOL),
                new Share("home-schooling", 3, new double[] {6, 5, 5, 5, 5, 4, 6, 20, 24, 8, 6, 6}, ProviderKind.SCHOOL),
                new Share("externat-permission", 2, new double[] {2, 2, 2, 2, 2, 2, 2, 4, 30, 26, 22, 4}, ProviderKind.LOCAL_EDUCATION_AUTHORITY)));
    }

    /** A service drawn by the shares. */
    Share service(Random random) {
        double[] weights = services.stream().mapToDouble(Share::weight).toArray();
        return services.get(draw(weights, random));
    }

    /** The index of a weight drawn in proportion to the weights. */
    static int draw(double[] weights, Random random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double at = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            at -= weights[i];
            if (at < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}

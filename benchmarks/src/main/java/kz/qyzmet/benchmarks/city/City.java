package kz.qyzmet.benchmarks.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.qyzmet.domain.catalog.ProviderKind;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.UserId;

/**
 * The bodies of one city that take and handle requests: its schools and kindergartens, the city's education
 * department, and the State Corporation's offices where applicants also hand requests in. Each provider has an
 * intake officer, a head and three executors; each State Corporation office one operator.
 *
 * @param schools       the general-education schools
 * @param kindergartens the pre-school organisations
 * @param department    the city's education department (the local executive body)
 * @param offices       the State Corporation's offices, by the user id of their operator
 */
public record City(List<ProviderId> schools, List<ProviderId> kindergartens, ProviderId department, List<UserId> offices) {

    /** How many executors each provider has. */
    public static final int EXECUTORS = 3;

    public City {
        schools = List.copyOf(schools);
        kindergartens = List.copyOf(kindergartens);
        offices = List.copyOf(offices);
        if (schools.isEmpty() || kindergartens.isEmpty() || offices.isEmpty()) {
            throw new IllegalArgumentException("city: needs at least one school, kindergarten and State Corporation office");
        }
    }

    /**
     * A city of about {@code bodies} bodies: one department, 5% of them State Corporation offices (at least one), and the
     * rest split evenly between schools and kindergartens.
     */
    public static City of(int bodies) {
        if (bodies < 4) {
            throw new IllegalArgumentException("bodies: a city has at least 4 (a school, a kindergarten, the department, an office), was " + bodies);
        }
        int offices = Math.max(1, bodies / 20);
        int rest = bodies - 1 - offices;
        int schools = (rest + 1) / 2;
        return new City(numbered("school", schools), numbered("kindergarten", rest - schools), ProviderId.of("city-education"),
                numbered("state-corporation", offices).stream().map(office -> UserId.of(office.value() + "-operator")).toList());
    }

    /** Every provider requests are addressed to. */
    public List<ProviderId> providers() {
        List<ProviderId> all = new ArrayList<>(schools);
        all.addAll(kindergartens);
        all.add(department);
        return all;
    }

    /** How many bodies the city has (providers and State Corporation offices). */
    public int bodies() {
        return providers().size() + offices.size();
    }

    /** The providers of a kind: schools, kindergartens, or the department for the local education authority. */
    public List<ProviderId> providersOf(ProviderKind kind) {
        return switch (kind) {
            case SCHOOL, EDUCATION_ORGANISATION -> schools;
            case PRESCHOOL_ORGANISATION -> kindergartens;
            case LOCAL_EDUCATION_AUTHORITY -> List.of(department);
        };
    }

    /** A member of a provider's staff. */
    public static Actor staff(ProviderId provider, Role role) {
        return Actor.staff(UserId.of(provider.value() + "-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-')), role, provider);
    }

    /** One of a provider's executors, {@code 0 <= n < EXECUTORS}. */
    public static UserId executor(ProviderId provider, int n) {
        return UserId.of(provider.value() + "-executor-" + (n + 1));
    }

    /** The operator of a State Corporation office. */
    public static Actor operator(UserId office) {
        return new Actor(office, Role.STATE_CORPORATION_OPERATOR, null, null);
    }

    private static List<ProviderId> numbered(String prefix, int count) {
        List<ProviderId> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            ids.add(ProviderId.of(String.format(Locale.ROOT, "%s-%03d", prefix, i)));
        }
        return ids;
    }
}

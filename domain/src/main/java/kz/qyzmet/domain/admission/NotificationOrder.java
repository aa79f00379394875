package kz.qyzmet.domain.admission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.language.Language;

/**
 * The order in which a school notifies applicants of their admission (403003, source 000 annex 1 field 5):
 * «өз аумағынан өтініш берген үш көрсетілетін қызметті алушыға, содан кейін - басқа аумақтан алдыңғы
 * тіркелгендер қатарынан 1 (бір) үміткерге» — three applicants from the school's own territory, then one
 * from another territory among those registered earlier, and again. Within each territory applicants
 * follow the time of registration.
 *
 * <p>Where the source is silent, Qyzmet decides, and says so: when one territory's applicants run out, the
 * other's follow in their order; applicants whose territory is not known come last, in their order, for a
 * person to place.
 */
public final class NotificationOrder {

    /** Applicants of the own territory before each one of another. */
    public static final int OWN_PER_OTHER = 3;

    /** The source of the rule. */
    public static final Citation SOURCE = new Citation("000", Language.KK, "annex 1, field 5",
            "Көрсетілетін қызметті беруші қабылдау барысында ағымдағы жылғы 1 қыркүйектен бастап өз аумағынан өтініш берген үш "
                    + "көрсетілетін қызметті алушыға, содан кейін - басқа аумақтан алдыңғы тіркелгендер қатарынан 1 (бір) үміткерге "
                    + "ағымдағы жылғы 1 қыркүйектен бастап қабылданғаны туралы хабарлама жолдайды.");

    private NotificationOrder() {
    }

    /** The candidates in the order of notification. */
    public static <R> List<Candidate<R>> order(List<Candidate<R>> candidates) {
        Iterator<Candidate<R>> own = inOrder(candidates, Candidate.Territory.OWN).iterator();
        Iterator<Candidate<R>> other = inOrder(candidates, Candidate.Territory.OTHER).iterator();
        List<Candidate<R>> ordered = new ArrayList<>(candidates.size());
        while (own.hasNext() || other.hasNext()) {
            for (int i = 0; i < OWN_PER_OTHER && own.hasNext(); i++) {
                ordered.add(own.next());
            }
            if (other.hasNext()) {
                ordered.add(other.next());
            }
        }
        ordered.addAll(inOrder(candidates, Candidate.Territory.UNKNOWN));
        return List.copyOf(ordered);
    }

    private static <R> List<Candidate<R>> inOrder(List<Candidate<R>> candidates, Candidate.Territory territory) {
        return candidates.stream().filter(candidate -> candidate.territory() == territory)
                .sorted(Comparator.comparing(Candidate::registeredAt)).toList();
    }
}

package archfixture.sealed.domain;

/** Counts events by asking each which member it is, where the family should carry the behaviour. */
public final class Tally {

    int issued;
    int warnings;

    void count(Event event) {
        if (event instanceof Event.Issued) {
            issued++;
        } else if (event instanceof Event.Warning) {
            warnings++;
        }
    }

    /** Allowed: the root itself, and an open family. */
    static boolean allowed(Object value) {
        return value instanceof Event || value instanceof Channel.Office;
    }
}

package archfixture.sealed.domain;

/** A closed family with a sealed sub-family: a warning is an event. */
public sealed interface Event {

    record Filed() implements Event {
    }

    record Issued() implements Event {
    }

    sealed interface Warning extends Event {
    }

    record Overdue() implements Warning {
    }

    /** Inside the family's own type a member may be tested (no violation). */
    static boolean closes(Event event) {
        return event instanceof Issued;
    }
}

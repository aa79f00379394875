package archfixture.sealed.adapters.web;

import archfixture.sealed.domain.Event;

/** Names events by asking each which member it is, down to a member of the sealed sub-family. */
public final class EventJson {

    static String name(Event event) {
        return event instanceof Event.Overdue ? "Overdue" : "Other";
    }
}

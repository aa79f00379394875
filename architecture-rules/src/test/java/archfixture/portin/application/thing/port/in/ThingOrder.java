package archfixture.portin.application.thing.port.in;

/** A sealed choice inside what the use case takes: its records are taken too. */
public sealed interface ThingOrder permits ThingOrder.ByName, ThingOrder.Newest {

    /** Taken through the choice. */
    record ByName(boolean descending) implements ThingOrder {
    }

    /** Taken through the choice. */
    record Newest() implements ThingOrder {
    }
}

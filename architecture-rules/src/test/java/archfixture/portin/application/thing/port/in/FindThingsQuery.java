package archfixture.portin.application.thing.port.in;

/** Taken by the use case. */
public record FindThingsQuery(String name, ThingFilter filter) {
}

package archfixture.portin.application.thing.port.in;

/** A component of what the use case takes. */
public record ThingFilter(boolean onlyActive, ThingOrder order) {
}

package archfixture.portin.application.thing.port.in;

/** Returned by the use case, inside a list. */
public record ThingView(String name) {
}

package archfixture.portin.application.thing.port.in;

/** A record no use case takes or returns: it belongs elsewhere. */
public record Orphan(String name) {
}

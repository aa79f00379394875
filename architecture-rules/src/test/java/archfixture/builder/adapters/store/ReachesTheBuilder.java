package archfixture.builder.adapters.store;

import archfixture.builder.embedded.Builder;

/** Breaks the layering: an adapter using the embedding builder. */
public final class ReachesTheBuilder {
    public String wired() {
        return new Builder().wired();
    }
}

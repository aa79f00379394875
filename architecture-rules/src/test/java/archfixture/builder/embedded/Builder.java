package archfixture.builder.embedded;

/** A composition root: wires adapters, and no adapter may reach back to it. */
public final class Builder {
    public String wired() {
        return "wired";
    }
}

package archfixture.cross.adapters.store;

public final class Store {
}

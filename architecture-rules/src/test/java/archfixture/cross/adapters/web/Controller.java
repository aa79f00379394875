package archfixture.cross.adapters.web;

import archfixture.cross.adapters.store.Store;

public final class Controller {
    public Store store() {
        return new Store();
    }
}

package archfixture.good.server;

import archfixture.good.adapters.store.ThingStore;
import archfixture.good.adapters.web.ThingController;
import archfixture.good.application.thing.ThingService;

public final class Main {
    public static ThingController wire() {
        return new ThingController(new ThingService(new ThingStore()));
    }
}

package archfixture.thirdparty.bad;

import archfixture.good.adapters.store.ThingStore;
import archfixture.good.application.thing.ThingService;

public final class Sneaky {
    public ThingService service() {
        return new ThingService(new ThingStore());
    }
}

package archfixture.good.adapters.store;

import archfixture.good.application.thing.port.out.LoadThingPort;
import archfixture.good.domain.Thing;

public final class ThingStore implements LoadThingPort {
    @Override
    public Thing load(String name) {
        return new Thing(name);
    }
}

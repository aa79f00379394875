package archfixture.good.application.thing.port.out;

import archfixture.good.domain.Thing;

public interface LoadThingPort {
    Thing load(String name);
}

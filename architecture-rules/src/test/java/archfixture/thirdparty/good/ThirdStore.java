package archfixture.thirdparty.good;

import archfixture.good.application.thing.port.out.LoadThingPort;
import archfixture.good.domain.Thing;

public final class ThirdStore implements LoadThingPort {
    @Override
    public Thing load(String name) {
        return new Thing(name.toUpperCase(java.util.Locale.ROOT));
    }
}

package archfixture.good.application.thing.port.in;

import archfixture.good.domain.Thing;

public interface DoThingUseCase {
    Thing doThing(DoThingCommand command);
}

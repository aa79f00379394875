package archfixture.good.application.thing;

import archfixture.good.application.thing.port.in.DoThingCommand;
import archfixture.good.application.thing.port.in.DoThingUseCase;
import archfixture.good.application.thing.port.out.LoadThingPort;
import archfixture.good.domain.Thing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class ThingService implements DoThingUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ThingService.class);
    private final LoadThingPort port;

    public ThingService(LoadThingPort port) {
        this.port = port;
    }

    @Override
    public Thing doThing(DoThingCommand command) {
        LOG.debug("doing");
        return port.load(command.name());
    }
}

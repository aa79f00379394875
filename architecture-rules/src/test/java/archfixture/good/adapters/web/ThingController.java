package archfixture.good.adapters.web;

import archfixture.good.application.thing.port.in.DoThingCommand;
import archfixture.good.application.thing.port.in.DoThingUseCase;

public final class ThingController {
    private final DoThingUseCase useCase;

    public ThingController(DoThingUseCase useCase) {
        this.useCase = useCase;
    }

    public String get(String name) {
        return useCase.doThing(new DoThingCommand(name)).name();
    }
}

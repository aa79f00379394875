package archfixture.portclass.application.thing.port.in;

public abstract class DoThingUseCase {
    public abstract String doThing();
}

package archfixture.portclass.application.thing.port.out;

public class LoadThingPort {
    public String load() {
        return "a class where an interface belongs";
    }
}

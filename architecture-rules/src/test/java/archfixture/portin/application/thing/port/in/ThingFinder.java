package archfixture.portin.application.thing.port.in;

import java.util.List;

/** An implementation living among the ports: it belongs in the application's service package. */
public final class ThingFinder implements FindThingsUseCase {

    @Override
    public List<ThingView> find(FindThingsQuery query) {
        return List.of(new ThingView(query.name()));
    }
}

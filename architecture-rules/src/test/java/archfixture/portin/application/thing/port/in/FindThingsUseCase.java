package archfixture.portin.application.thing.port.in;

import java.util.List;

/** A use case: what it takes and returns may live beside it. */
public interface FindThingsUseCase {

    List<ThingView> find(FindThingsQuery query);
}

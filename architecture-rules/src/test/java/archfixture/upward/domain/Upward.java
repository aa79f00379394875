package archfixture.upward.domain;

import archfixture.upward.application.Service;

public final class Upward {
    public Service service() {
        return new Service();
    }
}

package archfixture.cycle.domain.b;

import archfixture.cycle.domain.a.A;

public final class B {
    public A a() {
        return null;
    }
}

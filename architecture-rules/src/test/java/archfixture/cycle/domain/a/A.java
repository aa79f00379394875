package archfixture.cycle.domain.a;

import archfixture.cycle.domain.b.B;

public final class A {
    public B b() {
        return new B();
    }
}

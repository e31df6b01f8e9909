package org.siproc.archfixture.core.cycle.b;

import org.siproc.archfixture.core.cycle.a.A;

/** The other half of a package cycle, on purpose. */
public class B {
    public A a() {
        return new A();
    }
}

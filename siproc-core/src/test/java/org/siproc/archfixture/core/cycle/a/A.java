package org.siproc.archfixture.core.cycle.a;

import org.siproc.archfixture.core.cycle.b.B;

/** Half of a package cycle, on purpose. */
public class A {
    public B b() {
        return new B();
    }
}

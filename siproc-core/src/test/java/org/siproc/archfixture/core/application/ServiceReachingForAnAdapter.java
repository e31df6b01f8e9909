package org.siproc.archfixture.core.application;

import org.siproc.archfixture.core.adapter.FixtureAdapter;

/** Breaks "nothing depends on adapters" on purpose. */
public class ServiceReachingForAnAdapter {
    public Object adapter() {
        return new FixtureAdapter();
    }
}

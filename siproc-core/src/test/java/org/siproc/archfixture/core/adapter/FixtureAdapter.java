package org.siproc.archfixture.core.adapter;

/** An adapter of the fixture. */
public class FixtureAdapter {
}

package org.siproc.archfixture.core.application.service;

/** A service of the fixture. */
public class FixtureService {
}

/**
 * SIPROC's reference Spring Boot application: the one place that wires the core ({@link org.siproc.web.SiprocConfiguration}),
 * its settings and start-up.
 */
@NullMarked
package org.siproc.web;

import org.jspecify.annotations.NullMarked;

/**
 * Application services: the use-case implementations. Package-private; built by {@link org.siproc.core.SiprocCore}.
 */
@NullMarked
package org.siproc.core.application.service;

import org.jspecify.annotations.NullMarked;

/**
 * Maps every {@link org.siproc.core.domain.shared.SiprocException} once: problem+json for the API, a page for people.
 */
@NullMarked
package org.siproc.web.error;

import org.jspecify.annotations.NullMarked;

/**
 * SIPROC core: the consular-protection domain, its use cases and ports. Start with {@link org.siproc.core.SiprocCore}.
 */
@NullMarked
package org.siproc.core;

import org.jspecify.annotations.NullMarked;

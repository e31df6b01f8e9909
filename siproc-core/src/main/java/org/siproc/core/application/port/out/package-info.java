/**
 * Outbound ports: what the core needs from the outside world, named in domain words.
 */
@NullMarked
package org.siproc.core.application.port.out;

import org.jspecify.annotations.NullMarked;

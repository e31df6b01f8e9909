/**
 * Value objects and the error model shared by every part of the domain.
 */
@NullMarked
package org.siproc.core.domain.shared;

import org.jspecify.annotations.NullMarked;

/**
 * The country profile model: everything that differs between countries, as data.
 */
@NullMarked
package org.siproc.core.profile;

import org.jspecify.annotations.NullMarked;

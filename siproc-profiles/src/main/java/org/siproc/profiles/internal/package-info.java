/**
 * Internals of the profile loader: the YAML node reader and the mapping of each profile file to core's model.
 * Not API: may change without notice.
 */
@NullMarked
package org.siproc.profiles.internal;

import org.jspecify.annotations.NullMarked;

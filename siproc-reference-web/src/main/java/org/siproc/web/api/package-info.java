/**
 * The REST API under {@code /api/v1}: thin controllers that build a command and call a use case.
 */
@NullMarked
package org.siproc.web.api;

import org.jspecify.annotations.NullMarked;

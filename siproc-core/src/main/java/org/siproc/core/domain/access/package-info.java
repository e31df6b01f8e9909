/**
 * Who may do what: actors, roles, permissions and the access policy enforced by every use case.
 */
@NullMarked
package org.siproc.core.domain.access;

import org.jspecify.annotations.NullMarked;

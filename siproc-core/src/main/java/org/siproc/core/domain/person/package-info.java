/**
 * The migrant or relative: Hispanic names, birth dates, documents, origin, vulnerability.
 */
@NullMarked
package org.siproc.core.domain.person;

import org.jspecify.annotations.NullMarked;

/** Mains that are not tests: the forms benchmark and the gallery of page images for the documentation. */
@NullMarked
package org.siproc.forms.bench;

import org.jspecify.annotations.NullMarked;

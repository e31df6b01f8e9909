/**
 * Internals of the forms module: the template model and its parser, the field resolver, the layout engine and the
 * PDF/A writer. Not API: anything here may change without notice.
 */
@NullMarked
package org.siproc.forms.internal;

import org.jspecify.annotations.NullMarked;

/**
 * SIPROC's case forms as archival PDF (PDF/A-2b), rendered with Apache PDFBox from templates that are data.
 *
 * <p>{@link org.siproc.forms.PdfFormRenderer} implements core's
 * {@link org.siproc.core.application.port.out.FormRenderer} port; {@link org.siproc.forms.TemplateSource} says where
 * a country's own templates are; a broken template is refused with a {@link org.siproc.forms.FormTemplateException}.
 * Everything in {@code org.siproc.forms.internal} may change without notice. See {@code docs/forms.md}.
 */
@NullMarked
package org.siproc.forms;

import org.jspecify.annotations.NullMarked;

/**
 * The demo data set and demo accounts of the {@code demo} Spring profile, generated through the use cases.
 */
@NullMarked
package org.siproc.web.demo;

import org.jspecify.annotations.NullMarked;

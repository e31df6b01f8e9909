/**
 * The server-rendered pages (Thymeleaf): thin controllers that build a command and call a use case.
 */
@NullMarked
package org.siproc.web.ui;

import org.jspecify.annotations.NullMarked;

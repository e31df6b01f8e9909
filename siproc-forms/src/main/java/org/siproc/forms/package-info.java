/**
 * SIPROC forms module. Not built yet: see the project's open issues.
 */
package org.siproc.forms;

/**
 * SIPROC reference-cli module. Not built yet: see the project's open issues.
 */
package org.siproc.cli;

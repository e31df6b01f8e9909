/**
 * SIPROC persistence-jpa module. Not built yet: see the project's open issues.
 */
package org.siproc.persistence.jpa;

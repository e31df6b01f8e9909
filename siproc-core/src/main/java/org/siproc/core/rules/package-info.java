/**
 * The triage and referral rules engine: evaluates a country profile's rules against a case.
 */
@NullMarked
package org.siproc.core.rules;

import org.jspecify.annotations.NullMarked;

/**
 * Country profiles as data, and their loader: {@link org.siproc.profiles.CountryProfiles} reads a profile folder
 * ({@code profiles/hn/} on the class path, or a directory) into core's
 * {@link org.siproc.core.profile.CountryProfile}, refusing a broken one with every problem listed. The format is
 * described in {@code docs/profiles.md}; JSON Schemas of the files are published under
 * {@code org/siproc/profiles/schema/}.
 */
@NullMarked
package org.siproc.profiles;

import org.jspecify.annotations.NullMarked;

/**
 * Who the users are and how they log in: accounts (Argon2id), login throttling, the two security filter chains
 * (session + CSRF for pages, stateless HTTP Basic for the API), and the {@link org.siproc.core.domain.access.Actor} of a request.
 */
@NullMarked
package org.siproc.web.security;

import org.jspecify.annotations.NullMarked;

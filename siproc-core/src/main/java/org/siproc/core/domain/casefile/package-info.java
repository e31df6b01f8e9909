/**
 * The protection case (<em>expediente</em>): its workflow, actions, follow-ups, referrals, consents and attachments.
 * {@link org.siproc.core.domain.casefile.ProtectionCase} is the aggregate; everything else here is part of it.
 */
@NullMarked
package org.siproc.core.domain.casefile;

import org.jspecify.annotations.NullMarked;

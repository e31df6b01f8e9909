package org.siproc.core.application.port.in;

import org.siproc.core.domain.access.Actor;

/** Incoming port: records consent per purpose, its withdrawal, or the legal basis when consent is not valid. */
public interface RecordConsentUseCase {

    CaseChange recordConsent(Actor actor, RecordConsentCommand command);
}

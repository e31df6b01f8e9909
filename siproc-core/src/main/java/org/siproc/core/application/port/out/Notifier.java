package org.siproc.core.application.port.out;

import org.siproc.core.domain.casefile.CaseEvent;

/**
 * Outgoing port: tells people and systems that something happened to a case (a referral sent to an institution,
 * a case assigned to an officer). Called after the change is saved. Delivery is best effort: a failing notifier
 * must not undo a saved change, so implementations log and swallow their own failures.
 */
public interface Notifier {

    void notify(CaseEvent event);
}

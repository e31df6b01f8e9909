package org.siproc.core.adapter.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.siproc.core.application.port.out.Notifier;
import org.siproc.core.domain.casefile.CaseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the notifications in memory (and logs them at debug level), for tests and demos. */
public final class InMemoryNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryNotifier.class);
    private final List<CaseEvent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void notify(CaseEvent event) {
        LOG.debug("{} on {}", event.type(), event.caseNumber());
        sent.add(event);
    }

    public List<CaseEvent> sent() {
        return List.copyOf(sent);
    }
}

package org.siproc.core.application.port.in;

import org.siproc.core.application.port.out.FormRenderer;
import org.siproc.core.domain.access.Actor;

/** Incoming port: prints a form of a case file. Every print is audited. */
public interface RenderFormUseCase {

    FormRenderer.RenderedForm render(Actor actor, RenderFormCommand command);
}

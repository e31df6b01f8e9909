package org.siproc.forms;

import java.util.Objects;
import org.siproc.core.domain.shared.LocalizedText;

/**
 * What the renderer knows about one form: its code (the one form rules name), its title per language, its paper,
 * and whether it is printed once per referral (the referral letter) rather than once per case.
 */
public record FormDescription(String code, LocalizedText title, Paper paper, boolean perReferral) {
    public FormDescription {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(paper, "paper");
    }
}

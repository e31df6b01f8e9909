package org.siproc.forms.internal;

import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.Attachment;
import org.siproc.core.domain.casefile.CaseAction;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.FollowUp;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.casefile.StatusChange;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.Relative;

/**
 * The items fields are read from at one place of a form: outside tables the main person, the referral of a letter and
 * the latest visit; in a table row, also the row's item. Immutable; a row binding is a copy with one item replaced.
 */
public record Binding(@Nullable Person person, @Nullable Referral referral, @Nullable CaseAction visit,
                      @Nullable CaseAction action, @Nullable ConsentRow consent, @Nullable StatusChange status,
                      @Nullable FollowUp followUp, @Nullable Relative relative, @Nullable IdentityDocument document,
                      @Nullable Attachment attachment) {

    /** One purpose of consent and what was recorded for it (null when nothing was). */
    public record ConsentRow(ConsentPurpose purpose, @Nullable Consent consent) {
    }

    public static Binding top(@Nullable Person person, @Nullable Referral referral, @Nullable CaseAction visit) {
        return new Binding(person, referral, visit, null, null, null, null, null, null, null);
    }

    public Binding withPerson(Person value) {
        return new Binding(value, referral, visit, action, consent, status, followUp, relative, document, attachment);
    }

    public Binding withReferral(Referral value) {
        return new Binding(person, value, visit, action, consent, status, followUp, relative, document, attachment);
    }

    public Binding withAction(CaseAction value) {
        return new Binding(person, referral, visit, value, consent, status, followUp, relative, document, attachment);
    }

    public Binding withConsent(ConsentRow value) {
        return new Binding(person, referral, visit, action, value, status, followUp, relative, document, attachment);
    }

    public Binding withStatus(StatusChange value) {
        return new Binding(person, referral, visit, action, consent, value, followUp, relative, document, attachment);
    }

    public Binding withFollowUp(FollowUp value) {
        return new Binding(person, referral, visit, action, consent, status, value, relative, document, attachment);
    }

    public Binding withRelative(Relative value) {
        return new Binding(person, referral, visit, action, consent, status, followUp, value, document, attachment);
    }

    public Binding withDocument(IdentityDocument value) {
        return new Binding(person, referral, visit, action, consent, status, followUp, relative, value, attachment);
    }

    public Binding withAttachment(Attachment value) {
        return new Binding(person, referral, visit, action, consent, status, followUp, relative, document, value);
    }
}

package org.siproc.forms.internal;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.SharedData;

/**
 * Which {@link Category categories} of fields one printed form may show, from who prints it and for whom.
 *
 * <ul>
 *   <li>A form of the case file: everything but the need-to-know categories, which need {@code sensitiveAllowed}.</li>
 *   <li>A per-referral form (the referral letter), following the referral's {@link SharedData}: no personal data at
 *       all ({@code NO_PERSONAL_DATA}, and a referral not sent yet); name, age, sex, nationality and contact
 *       ({@code MINIMUM}); the same and the narrative ({@code MINIMUM_WITH_NARRATIVE}, if the printing officer may
 *       read it). Never birth date, documents, origin, relatives or sensitive flags.</li>
 * </ul>
 */
public record Disclosure(Set<Category> allowed) {

    public Disclosure {
        allowed = Set.copyOf(allowed);
    }

    public boolean allows(Category category) {
        return allowed.contains(category);
    }

    public static Disclosure of(boolean perReferral, @Nullable SharedData shared, boolean sensitiveAllowed) {
        EnumSet<Category> set = EnumSet.of(Category.CASE);
        if (!perReferral) {
            set.addAll(EnumSet.of(Category.IDENTITY, Category.CONTACT, Category.PERSONAL));
            if (sensitiveAllowed) {
                set.addAll(EnumSet.of(Category.SENSITIVE, Category.NARRATIVE));
            }
            return new Disclosure(set);
        }
        SharedData level = shared == null ? SharedData.NO_PERSONAL_DATA : shared;
        if (level != SharedData.NO_PERSONAL_DATA) {
            set.addAll(EnumSet.of(Category.IDENTITY, Category.CONTACT));
        }
        if (level == SharedData.MINIMUM_WITH_NARRATIVE && sensitiveAllowed) {
            set.add(Category.NARRATIVE);
        }
        return new Disclosure(set);
    }
}

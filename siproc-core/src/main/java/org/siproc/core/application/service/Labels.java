package org.siproc.core.application.service;

import java.util.Locale;
import java.util.ResourceBundle;
import org.siproc.core.profile.CountryProfile;

/** Texts the core writes into case files, in the profile's first language (from the messages bundles). */
final class Labels {
    private Labels() {
    }

    /** The description of the follow-up scheduled at registration ("Primera atención"). */
    static String firstAttention(CountryProfile profile) {
        Locale locale = Locale.forLanguageTag(profile.languages().get(0));
        return ResourceBundle.getBundle("org.siproc.core.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("followUp.firstAttention");
    }
}

package org.siproc.core.application.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.siproc.core.profile.CountryProfile;

/** Texts the core writes into case files, in the profile's first language (from the messages bundles). */
final class Labels {
    /** Looked up once per language and key: a bulk import writes these texts into every case. */
    private static final Map<String, String> PATTERNS = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** The description of the follow-up scheduled at registration ("Primera atención"). */
    static String firstAttention(CountryProfile profile) {
        return text(profile, "followUp.firstAttention");
    }

    /** The text under {@code key}, in the profile's first language, with {@code arguments} filled in. */
    static String text(CountryProfile profile, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(profile.languages().get(0));
        String pattern = PATTERNS.computeIfAbsent(locale.toLanguageTag() + ' ' + key, k -> ResourceBundle.getBundle(
                "org.siproc.core.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}

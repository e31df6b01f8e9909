package org.siproc.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The CLI's own messages (usage and data errors, prompts, empty results) in Spanish or English, from
 * {@code org/siproc/cli/messages*.properties}; the core's refusals come with their own translations.
 */
final class Messages {

    private Messages() {
    }

    /** A message not yet put into words: a key and its arguments, which may be messages themselves. */
    record Text(String key, Object... arguments) {
        String in(Locale locale) {
            return get(locale, key, arguments);
        }
    }

    /** Whether {@code key} names a message (in the English bundle, which has them all). */
    static boolean has(String key) {
        return bundle(Locale.ENGLISH).containsKey(key);
    }

    /** The message {@code key} in the language of {@code locale}; arguments that are {@link Text}s are put first. */
    static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = arguments[i] instanceof Text t ? t.in(locale) : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(resolved);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.siproc.cli.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

package org.siproc.forms.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The verification hash of a printed form: SHA-256 over the canonical form of the content fields it printed.
 *
 * <p>Canonical form, version 1 (UTF-8, lines joined by {@code \n}, no final newline):
 * <pre>
 * siproc-form-hash/1
 * form=INTAKE_SHEET
 * case=HN-MXTAP-2026-000123
 * case.number=HN-MXTAP-2026-000123
 * person.fullName=María José López Ávila
 * case.actions[0].action.text=...
 * </pre>
 * After the three first lines, one {@code key=value} line per field printed, sorted by key (Java string order);
 * a key is the field's name, prefixed by its row ({@code case.actions[0].}) inside tables; a value is the field's
 * canonical value (ISO dates and instants, codes rather than labels), NFC-normalised, with {@code \}, line feed and
 * carriage return written {@code \\}, {@code \n}, {@code \r}. Fields left out (withheld, empty) and the issue date
 * are not covered, so the same content printed again, in any language, gives the same hash.
 */
public final class VerificationHash {

    private final String form;
    private final String caseNumber;
    private final Map<String, String> fields = new TreeMap<>();

    public VerificationHash(String form, String caseNumber) {
        this.form = form;
        this.caseNumber = caseNumber;
    }

    public void add(String key, String canonicalValue) {
        fields.put(key, canonicalValue);
    }

    /** The canonical text the hash is computed on. */
    public String canonical() {
        StringBuilder sb = new StringBuilder(256 + fields.size() * 48);
        sb.append("siproc-form-hash/1\nform=").append(escape(form)).append("\ncase=").append(escape(caseNumber));
        fields.forEach((k, v) -> sb.append('\n').append(escape(k)).append('=').append(escape(v)));
        return sb.toString();
    }

    /** SHA-256 of {@link #canonical()}, 64 lower-case hexadecimal digits. */
    public String hex() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String escape(String value) {
        String s = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (s.indexOf('\\') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}

package org.siproc.persistence.jpa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.siproc.core.domain.audit.AuditEvent;

/**
 * The hash chain of the audit trail: each entry's hash is SHA-256 over a canonical form of the entry that includes
 * the previous entry's hash, so changing, removing or reordering any entry breaks every link after it.
 *
 * <p>The canonical form is a JSON object with a fixed key order and the details sorted by key:
 * {@code {"seq":N,"at":"ISO-8601 instant","user":…,"role":…,"origin":…,"action":…,"event":…,"subject":…,
 * "details":{…},"prev":"hex"}}, encoded in UTF-8. The instant is cut to microseconds, the precision stored.
 */
final class AuditChain {
    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The instant as stored and hashed. */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(long sequence, Instant at, String user, String role, String origin, String action, String event,
                       String subject, String canonicalDetails, String previousHash) {
        StringBuilder json = new StringBuilder(256).append("{\"seq\":").append(sequence);
        field(json, "at", stored(at).toString());
        field(json, "user", user);
        field(json, "role", role);
        field(json, "origin", origin);
        field(json, "action", action);
        field(json, "event", event);
        field(json, "subject", subject);
        json.append(",\"details\":").append(canonicalDetails);
        field(json, "prev", previousHash);
        json.append('}');
        return sha256(json.toString());
    }

    static String hash(long sequence, AuditEvent e, String previousHash) {
        return hash(sequence, e.at(), e.user().value(), e.role().name(), e.origin(), e.action().name(), e.event(),
                e.subject(), details(e.details()), previousHash);
    }

    /** The details as canonical JSON: keys sorted, strings escaped; also the stored form. */
    static String details(Map<String, String> details) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(details).forEach((k, v) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, k).append(':');
            quote(json, v);
        });
        return json.append('}').toString();
    }

    /** Reads details written by {@link #details}. */
    static Map<String, String> parseDetails(String json) {
        Map<String, String> result = new LinkedHashMap<>();
        int[] pos = {skipBlanks(json, 0)};
        expect(json, pos, '{');
        if (peek(json, pos) == '}') {
            return result;
        }
        while (true) {
            String key = readString(json, pos);
            expect(json, pos, ':');
            result.put(key, readString(json, pos));
            char next = peek(json, pos);
            pos[0]++;
            if (next == '}') {
                return result;
            }
            if (next != ',') {
                throw new IllegalArgumentException("Malformed audit details at " + pos[0]);
            }
        }
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(",\"").append(name).append("\":");
        quote(json, value);
    }

    private static StringBuilder quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static String readString(String json, int[] pos) {
        expect(json, pos, '"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = json.charAt(pos[0]++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(pos[0]++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(pos[0], pos[0] + 4), 16));
                    pos[0] += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private static void expect(String json, int[] pos, char c) {
        pos[0] = skipBlanks(json, pos[0]);
        if (pos[0] >= json.length() || json.charAt(pos[0]) != c) {
            throw new IllegalArgumentException("Malformed audit details: '" + c + "' expected at " + pos[0]);
        }
        pos[0]++;
    }

    private static char peek(String json, int[] pos) {
        pos[0] = skipBlanks(json, pos[0]);
        return json.charAt(pos[0]);
    }

    private static int skipBlanks(String json, int pos) {
        while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}

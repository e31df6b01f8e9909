package org.siproc.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings ({@code siproc.*} in {@code application.yaml} or the environment).
 *
 * @param profile the country profile shipped in {@code siproc-profiles} ({@code hn}, {@code gt})
 * @param storage where cases live: {@link Storage#JPA} (H2 file or PostgreSQL through {@code siproc-persistence-jpa},
 *                the default) or {@link Storage#MEMORY} (core's in-memory adapters: nothing survives a restart)
 */
@ConfigurationProperties("siproc")
public record SiprocProperties(@DefaultValue("hn") String profile, @DefaultValue("JPA") Storage storage) {

    /** The storage switch of {@link SiprocConfiguration}. */
    public enum Storage { JPA, MEMORY }
}

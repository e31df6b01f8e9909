package org.siproc.web.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Role;
import org.siproc.core.domain.access.UserId;
import org.siproc.core.domain.shared.OfficeCode;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in user of the web application: the account as Spring Security sees it, and what SIPROC needs to build
 * the request's {@link Actor} (role, office, institution, need-to-know). The password hash is erased after login.
 */
public final class WebUser implements UserDetails, CredentialsContainer {
    private static final long serialVersionUID = 1L;

    private final String username;
    private @Nullable String passwordHash;
    private final String displayName;
    private final Role role;
    private final @Nullable String office;
    private final @Nullable String institution;
    private final boolean needToKnow;
    private final boolean enabled;
    private final @Nullable Instant lockedUntil;

    public WebUser(String username, @Nullable String passwordHash, String displayName, Role role,
                   @Nullable String office, @Nullable String institution, boolean needToKnow, boolean enabled,
                   @Nullable Instant lockedUntil) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.office = office;
        this.institution = institution;
        this.needToKnow = needToKnow;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    /** The SIPROC actor of this user for one request, {@code origin} being the client address. */
    public Actor actor(String origin) {
        return new Actor(UserId.of(username), role, office == null ? null : OfficeCode.of(office), institution,
                needToKnow, origin);
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public @Nullable String office() {
        return office;
    }

    public @Nullable String institution() {
        return institution;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebUser u && u.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "WebUser[" + username + ", " + role + "]";
    }
}

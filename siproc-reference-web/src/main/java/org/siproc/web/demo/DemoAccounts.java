package org.siproc.web.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Role;
import org.siproc.web.security.WebAccounts;

/**
 * The demo accounts, one per role (README "Demo accounts"). They exist only in the {@code demo} Spring profile:
 * nothing else creates them.
 */
public final class DemoAccounts {

    /** The password of every demo account. Demo only: the demo profile must never face the internet. */
    public static final String PASSWORD = "siproc-demo-2026";

    public static final List<WebAccounts.NewAccount> ALL = List.of(
            account("oficial.tapachula", "Ana López (Tapachula)", Role.OFFICER, "MXTAP", null, false),
            account("oficial.saltillo", "Carlos Mejía (Saltillo)", Role.OFFICER, "MXSAL", null, false),
            account("consul.tapachula", "María Zelaya, cónsul (Tapachula)", Role.CONSUL, "MXTAP", null, false),
            account("analista.dgphm", "José Andino (DGPHM)", Role.HQ_ANALYST, null, null, true),
            account("observatorio", "CONMIGHO", Role.OBSERVER, null, null, false),
            account("admin", "Administrador", Role.ADMIN, null, null, false),
            account("socio.dif", "DIF (institución socia)", Role.PARTNER, null, "DIF", false));

    private DemoAccounts() {
    }

    private static WebAccounts.NewAccount account(String user, String name, Role role, @Nullable String office,
                                                  @Nullable String institution, boolean needToKnow) {
        return new WebAccounts.NewAccount(user, PASSWORD, name, role, office, institution, needToKnow);
    }
}

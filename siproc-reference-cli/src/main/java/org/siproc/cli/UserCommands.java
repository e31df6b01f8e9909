package org.siproc.cli;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.ManageAccountsUseCase;
import org.siproc.core.application.port.in.NewAccountCommand;
import org.siproc.core.domain.access.Account;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code siproc user ...}: the accounts an administrator manages (the acting user must be an ADMIN). The accounts
 * are those of the web app too: one store per database.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        subcommands = {UserCommands.Add.class, UserCommands.ListAccounts.class, UserCommands.Disable.class,
                UserCommands.Enable.class})
final class UserCommands extends CommandGroup {

    static final String PASSWORD_VARIABLE = "SIPROC_NEW_USER_PASSWORD";

    private UserCommands() {
    }

    static Map<String, Object> account(Account a) {
        Map<String, Object> m = Output.fields();
        m.put("user", a.user().value());
        m.put("name", a.displayName());
        m.put("role", a.role().name());
        m.put("office", a.office() == null ? null : a.office().value());
        m.put("institution", a.institution());
        m.put("needToKnow", a.needToKnow());
        m.put("enabled", a.enabled());
        return m;
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends CliCommand {
        @Parameters(paramLabel = "NAME")
        String name = "";
        @Option(names = "--role", required = true)
        @Nullable Role role;
        @Option(names = "--name", paramLabel = "DISPLAY_NAME")
        @Nullable String displayName;
        @Option(names = "--office")
        @Nullable String office;
        @Option(names = "--institution")
        @Nullable String institution;
        @Option(names = "--need-to-know")
        boolean needToKnow;
        @Option(names = "--password", interactive = true, prompt = "Password / Contraseña: ")
        char @Nullable [] password;

        @Override
        public Integer call() {
            char[] secret = Passwords.read(cli(), password, PASSWORD_VARIABLE, name);
            try {
                Account created = session().core.manageAccounts().add(actor(), new NewAccountCommand(name,
                        displayName == null ? name : displayName, java.util.Objects.requireNonNull(role), office,
                        institution, needToKnow), CharBuffer.wrap(secret));
                output().object(account(created));
            } finally {
                Arrays.fill(secret, ' ');
            }
            return SiprocCli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListAccounts extends CliCommand {
        @Override
        public Integer call() {
            List<Map<String, Object>> rows = new ArrayList<>();
            session().core.manageAccounts().list(actor()).forEach(a -> rows.add(account(a)));
            output().rows(rows, cli().message("out.noAccounts"), "user", "name", "role", "office", "institution",
                    "needToKnow", "enabled");
            return SiprocCli.OK;
        }
    }

    /** Base of the commands that change one account: the account as it is afterwards is printed. */
    abstract static class AccountChange extends CliCommand {
        @Parameters(paramLabel = "NAME")
        String name = "";

        abstract Account change(ManageAccountsUseCase accounts, Actor actor, String user);

        @Override
        public Integer call() {
            output().object(account(change(session().core.manageAccounts(), actor(), name)));
            return SiprocCli.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true)
    static final class Disable extends AccountChange {
        @Override
        Account change(ManageAccountsUseCase accounts, Actor actor, String user) {
            return accounts.disable(actor, user);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true)
    static final class Enable extends AccountChange {
        @Override
        Account change(ManageAccountsUseCase accounts, Actor actor, String user) {
            return accounts.enable(actor, user);
        }
    }
}

package org.siproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Help texts and usage errors in Spanish or English: {@code --lang}, else the language of the environment. */
class CliLanguageTest {

    private static CliRun.Result run(Map<String, String> environment, String... args) {
        return CliRun.run(environment, args);
    }

    @Test
    void theHelpOfACommandIsInSpanishWithLangEs() {
        CliRun.Result help = CliRun.run("--lang", "es", "case", "register", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Uso: siproc case register",
                "Registra una persona y un expediente a partir de un archivo JSON",
                "Opciones:", "El registro: un objeto JSON con los campos de",
                "Muestra esta ayuda y termina.", "El usuario que actúa")
                .doesNotContain("Usage:", "Register a person", "Show this help message");
    }

    @Test
    void theHelpOfTheToolIsInEnglishWithLangEnAndListsEveryCommand() {
        CliRun.Result help = CliRun.run("--help", "--lang", "en");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: siproc", "Commands:", "Exit codes:",
                "Register, show, list and work on cases.", "Export cases as JSON lines")
                .doesNotContain("Uso:", "Órdenes:");
        assertThat(help.out()).contains("init", "user", "case", "referral", "forms", "report", "audit", "import",
                "export");
    }

    @Test
    void aUsageErrorIsInSpanishWithLangEsAndNamesWhatIsWrong() {
        CliRun.Result missing = CliRun.run("--lang", "es", "case", "show");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Falta una opción o un parámetro obligatorio: CASE",
                "Pruebe 'siproc case show --help' para más información.");

        CliRun.Result unknown = CliRun.run("--lang", "es", "case", "list", "--oficina", "MXTAP");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Opción desconocida: --oficina");

        CliRun.Result badValue = CliRun.run("case", "list", "--status", "ABIERTO", "--lang", "es");
        assertThat(badValue.exitCode()).isEqualTo(2);
        assertThat(badValue.err()).contains("Valor no válido para --status: 'ABIERTO'; se espera uno de: ",
                "IN_PROGRESS");

        CliRun.Result noCommand = CliRun.run("--lang", "es", "case");
        assertThat(noCommand.exitCode()).isEqualTo(2);
        assertThat(noCommand.err()).contains("'siproc case' necesita una orden: una de register, show, list");
    }

    @Test
    void aUsageErrorIsInEnglishWithLangEnAndJsonWhenAsked() {
        CliRun.Result missing = CliRun.run("--lang", "en", "--format", "json", "user", "add", "ana");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("\"kind\" : \"USAGE\"", "\"field\" : \"--role\"",
                "Missing required option or parameter: --role");
    }

    @Test
    void withoutLangTheLanguageComesFromTheLocaleOfTheEnvironment() {
        assertThat(run(Map.of("LANG", "en_US.UTF-8"), "--help").out()).contains("Usage: siproc");
        assertThat(run(Map.of("LANG", "es_HN.UTF-8"), "--help").out()).contains("Uso: siproc");
        assertThat(run(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "es_MX.UTF-8"), "--help").out())
                .contains("Uso: siproc");
        assertThat(run(Map.of("LANG", "es_HN.UTF-8", "LC_MESSAGES", "en_GB.UTF-8"), "case", "show").err())
                .contains("Missing required option or parameter: CASE");
        assertThat(run(Map.of("LANG", "C.UTF-8"), "--help").out()).as("no language named: Spanish")
                .contains("Uso: siproc");
        assertThat(run(Map.of("LANG", "en_US.UTF-8"), "--lang", "es", "--help").out()).as("--lang wins")
                .contains("Uso: siproc");
        assertThat(SiprocCli.defaultLanguage(Map.of(), Locale.ENGLISH)).isEqualTo(SiprocCli.Language.EN);
        assertThat(SiprocCli.defaultLanguage(Map.of(), Locale.FRENCH)).isEqualTo(SiprocCli.Language.ES);
    }

    @Test
    void everyCommandOptionAndParameterHasItsOwnHelpTextInBothLanguages() {
        List<String> problems = new ArrayList<>();
        List<CommandSpec> english = commands(Locale.ENGLISH);
        List<CommandSpec> spanish = commands(Locale.forLanguageTag("es"));
        assertThat(english).hasSize(spanish.size()).hasSizeGreaterThan(20);
        for (int i = 0; i < english.size(); i++) {
            CommandSpec en = english.get(i);
            CommandSpec es = spanish.get(i);
            String name = en.qualifiedName();
            String enText = String.join(" ", en.usageMessage().description());
            String esText = String.join(" ", es.usageMessage().description());
            if (enText.isBlank() || esText.isBlank() || enText.equals(esText)) {
                problems.add(name + ": description en='" + enText + "' es='" + esText + "'");
            }
            List<ArgSpec> enArgs = en.args();
            List<ArgSpec> esArgs = es.args();
            for (int j = 0; j < enArgs.size(); j++) {
                String enArg = String.join(" ", enArgs.get(j).description());
                String esArg = String.join(" ", esArgs.get(j).description());
                if (enArg.isBlank() || esArg.isBlank() || enArg.equals(esArg)) {
                    problems.add(name + " " + enArgs.get(j).paramLabel() + " " + enArgs.get(j)
                            + ": en='" + enArg + "' es='" + esArg + "'");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Every command of the tool, depth first, with the help texts of {@code locale}. */
    private static List<CommandSpec> commands(Locale locale) {
        CommandLine root = new CommandLine(new SiprocCli(Map.of()));
        root.setResourceBundle(SiprocCli.helpTexts(locale));
        root.setOut(new PrintWriter(new StringWriter()));
        List<CommandSpec> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandSpec> into) {
        into.add(command.getCommandSpec());
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
}

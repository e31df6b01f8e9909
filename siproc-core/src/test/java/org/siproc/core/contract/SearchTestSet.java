package org.siproc.core.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonName;
import org.siproc.core.domain.shared.CountryCode;

/**
 * The person-search test set: target persons among many with similar Hispanic names, and at least 30 ways an
 * officer may type each kind of name (without accents, in other case, with a typo, surnames swapped, second
 * surname missing, a nickname-free given name only with surnames). Every adapter must find the target in its top 3.
 */
public final class SearchTestSet {

    /** One query and the person it must find. */
    public record Query(String text, @Nullable LocalDate birthDate, String expectedFullName, String variant) {
    }

    private static final String[] GIVEN = {"José", "María", "Juan", "Ana", "Luis", "Carlos", "Rosa", "Jorge", "Marta",
        "Pedro", "Lucía", "Miguel", "Sofía", "Francisco", "Carmen", "Antonio", "Gabriela", "Daniel", "Isabel", "Óscar",
        "Elena", "Ramón", "Teresa", "Héctor", "Patricia", "Raúl", "Sandra", "Andrés", "Mónica", "Julio"};
    private static final String[] SURNAMES = {"López", "Hernández", "García", "Martínez", "Rodríguez", "Pérez",
        "Sánchez", "Ramírez", "Flores", "Gómez", "Díaz", "Reyes", "Cruz", "Morales", "Ortiz", "Castillo", "Mejía",
        "Aguilar", "Zelaya", "Romero", "Ávila", "Núñez", "Peña", "Castro", "Vásquez", "Maldonado", "Orellana",
        "Sosa", "Banegas", "Funes", "Girón", "Álvarez", "Ochoa", "Salgado", "Bonilla", "Matute"};

    private SearchTestSet() {
    }

    /** The target persons; each has a DNI so document search can be tested too. */
    public static List<Person> targets() {
        List<Person> targets = new ArrayList<>();
        targets.add(target("José Ángel", "Núñez", "Peña", LocalDate.of(1990, 4, 12), "0801199012345"));
        targets.add(target("María José", "López", "Ávila", LocalDate.of(2011, 6, 1), "0101201100123"));
        targets.add(target("Luis Fernando", "Hernández", "Castro", LocalDate.of(1998, 1, 30), "0501199800456"));
        targets.add(target("Sofía", "Maldonado", "Orellana", LocalDate.of(1985, 11, 3), "1801198500789"));
        targets.add(target("Héctor", "Banegas", "Zelaya", LocalDate.of(1976, 2, 14), "0601197601011"));
        targets.add(target("Gabriela", "Funes", null, LocalDate.of(2003, 8, 22), "0701200301213"));
        targets.add(target("Óscar Iván", "Girón", "Matute", LocalDate.of(1969, 5, 5), "1001196901415"));
        targets.add(target("Mónica", "Ochoa", "Salgado", LocalDate.of(1994, 12, 31), "0301199401617"));
        return targets;
    }

    private static Person target(String given, String first, @Nullable String second, LocalDate born, String dni) {
        return Person.builder(PersonName.of(given, first, second)).birthDate(new BirthDate.Exact(born))
                .document(new IdentityDocument("DNI", dni, CountryCode.of("HN"))).build();
    }

    /**
     * Persons with names that share given names and surnames with the targets, so a search must tell them apart.
     * Deterministic (fixed seed).
     */
    public static List<Person> crowd(int size) {
        Random random = new Random(20260302L);
        List<Person> crowd = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            if (random.nextInt(3) == 0) {
                given += " " + GIVEN[random.nextInt(GIVEN.length)];
            }
            String first = SURNAMES[random.nextInt(SURNAMES.length)];
            String second = random.nextInt(6) == 0 ? null : SURNAMES[random.nextInt(SURNAMES.length)];
            LocalDate born = LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
            crowd.add(Person.builder(PersonName.of(given, first, second)).birthDate(new BirthDate.Exact(born)).build());
        }
        // Near namesakes of the targets: same surnames, another given name; same given name, one surname shared.
        crowd.add(Person.builder(PersonName.of("José", "Núñez", "Peña")).build());
        crowd.add(Person.builder(PersonName.of("Ángel", "Peña", "Núñez")).build());
        crowd.add(Person.builder(PersonName.of("María", "López", "Ávila")).build());
        crowd.add(Person.builder(PersonName.of("José María", "López", "Ávila")).build());
        crowd.add(Person.builder(PersonName.of("Luis", "Hernández", "Castro")).build());
        crowd.add(Person.builder(PersonName.of("Fernando", "Hernández", "Castillo")).build());
        crowd.add(Person.builder(PersonName.of("Sofía", "Maldonado", "Ortiz")).build());
        crowd.add(Person.builder(PersonName.of("Héctor", "Banegas", "Zelaya")).birthDate(new BirthDate.YearOnly(1950)).build());
        crowd.add(Person.builder(PersonName.of("Gabriela", "Funes", "Flores")).build());
        crowd.add(Person.builder(PersonName.of("Óscar", "Girón", "Mejía")).build());
        crowd.add(Person.builder(PersonName.of("Mónica", "Ochoa", "Sosa")).build());
        return crowd;
    }

    /** The queries: at least 30 variants, each naming the target it must find. */
    public static List<Query> queries() {
        List<Query> q = new ArrayList<>();
        String jose = "José Ángel Núñez Peña";
        q.add(new Query("José Ángel Núñez Peña", null, jose, "exact"));
        q.add(new Query("jose angel nunez pena", null, jose, "no accents, lower case"));
        q.add(new Query("JOSE ANGEL NUÑEZ PEÑA", null, jose, "upper case"));
        q.add(new Query("Jose Angel Nunes Pena", null, jose, "typo (s for z)"));
        q.add(new Query("José Ángel Peña Núñez", null, jose, "surnames swapped"));
        q.add(new Query("José Ángel Núñez", null, jose, "second surname missing"));
        q.add(new Query("Jose Angel Nuñes", null, jose, "second surname missing and a typo"));
        q.add(new Query("José Núñez Peña", LocalDate.of(1990, 4, 12), jose, "first given name only, with birth date"));
        q.add(new Query("0801-1990-12345", null, jose, "DNI with dashes"));
        q.add(new Query("0801199012345", null, jose, "DNI without dashes"));
        String maria = "María José López Ávila";
        q.add(new Query("maria jose lopez avila", null, maria, "no accents"));
        q.add(new Query("Maria Jose Lopes Avila", null, maria, "typo in surname"));
        q.add(new Query("María José Ávila López", null, maria, "surnames swapped"));
        q.add(new Query("Maria Jose Lopez", null, maria, "second surname missing"));
        q.add(new Query("Mria José López Ávila", null, maria, "letter dropped"));
        String luis = "Luis Fernando Hernández Castro";
        q.add(new Query("luis fernando hernandez castro", null, luis, "no accents"));
        q.add(new Query("Luis Fernando Hernandes Castro", null, luis, "typo (s for z)"));
        q.add(new Query("Luis Fernando Castro Hernández", null, luis, "surnames swapped"));
        q.add(new Query("Luis Fernando Hernández", null, luis, "second surname missing"));
        q.add(new Query("Luis Fernado Hernandez", null, luis, "typo and second surname missing"));
        String sofia = "Sofía Maldonado Orellana";
        q.add(new Query("sofia maldonado orellana", null, sofia, "no accents"));
        q.add(new Query("Sofia Maldonaod Orellana", null, sofia, "letters transposed"));
        q.add(new Query("Sofía Orellana Maldonado", null, sofia, "surnames swapped"));
        q.add(new Query("Sofia Maldonado", LocalDate.of(1985, 11, 3), sofia, "second surname missing, birth date"));
        String hector = "Héctor Banegas Zelaya";
        q.add(new Query("hector banegas zelaya", LocalDate.of(1976, 2, 14), hector, "namesake told apart by birth date"));
        q.add(new Query("Hector Vanegas Zelaya", LocalDate.of(1976, 2, 14), hector, "b/v confusion, birth date"));
        q.add(new Query("Héctor Zelaya Banegas", LocalDate.of(1976, 2, 14), hector, "swapped, birth date"));
        String gabriela = "Gabriela Funes";
        q.add(new Query("gabriela funes", null, gabriela, "only one surname recorded"));
        q.add(new Query("Gabriela Funez", null, gabriela, "typo (z for s)"));
        String oscar = "Óscar Iván Girón Matute";
        q.add(new Query("oscar ivan giron matute", null, oscar, "no accents"));
        q.add(new Query("Oscar Ivan Matute Giron", null, oscar, "surnames swapped"));
        q.add(new Query("Oscar Ivan Giron", null, oscar, "second surname missing"));
        q.add(new Query("Oskar Iván Girón Matute", null, oscar, "k for c"));
        String monica = "Mónica Ochoa Salgado";
        q.add(new Query("monica ochoa salgado", null, monica, "no accents"));
        q.add(new Query("Monica Salgado Ochoa", null, monica, "surnames swapped"));
        q.add(new Query("Mónica Ochoa Salgao", null, monica, "letter dropped"));
        q.add(new Query("0301-1994-01617", null, monica, "DNI"));
        return q;
    }
}

package org.siproc.persistence.jpa.bench;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.person.NameKey;

/**
 * Deterministic generated persons: person {@code i} always has the same id, name, birth date and DNI, so the
 * benchmark can pick search targets without keeping a million names in memory.
 */
final class Names {
    static final String[] GIVEN = ("José,María,Juan,Ana,Luis,Carlos,Rosa,Jorge,Marta,Pedro,Lucía,Miguel,Sofía,Francisco,"
            + "Carmen,Antonio,Gabriela,Daniel,Isabel,Óscar,Elena,Ramón,Teresa,Héctor,Patricia,Raúl,Sandra,Andrés,Mónica,"
            + "Julio,Wilmer,Yesenia,Kevin,Dania,Nelson,Karla,Edwin,Iris,Marvin,Lesly,Santos,Dilcia,Erick,Glenda,Fredy,"
            + "Xiomara,Selvin,Maynor,Brayan,Alba,Josué,Nohemí,Wendy,Arnold,Ángel,Belkis,Cristian,Delmy,Efraín,Fátima,"
            + "Gerson,Heidy,Iván,Jaqueline,Kenia,Lenin,Mirna,Noel,Orlando,Paola,Reina,Samuel,Tania,Ulises,Vilma,Walter,"
            + "Yolanda,Zoila,Alexis,Bessy,César,Digna,Elvin,Fanny,Gilberto,Hilda,Ismael,Jenny,Lidia,Milton,Nubia,Omar,"
            + "Perla,Rubén,Suyapa,Tomás,Vicente,Yadira,Abel,Blanca,Ciro,Doris,Elías,Flor,Gustavo,Herlinda,Isaías,Joel")
            .split(",");
    static final String[] SURNAMES = ("López,Hernández,García,Martínez,Rodríguez,Pérez,Sánchez,Ramírez,Flores,Gómez,"
            + "Díaz,Reyes,Cruz,Morales,Ortiz,Castillo,Mejía,Aguilar,Zelaya,Romero,Ávila,Núñez,Peña,Castro,Vásquez,"
            + "Maldonado,Orellana,Sosa,Banegas,Funes,Girón,Álvarez,Ochoa,Salgado,Bonilla,Matute,Amador,Barahona,Cálix,"
            + "Cárcamo,Chávez,Discua,Escoto,Espinal,Ferrera,Fúnez,Galeas,Guevara,Irías,Lagos,Lanza,Lara,Lobo,Madrid,"
            + "Mendoza,Midence,Molina,Montes,Murillo,Navarro,Oliva,Padilla,Paz,Pineda,Ponce,Portillo,Quintanilla,"
            + "Raudales,Rivera,Rosales,Rubio,Sabillón,Sierra,Suazo,Tábora,Toledo,Torres,Turcios,Urbina,Valladares,"
            + "Varela,Velásquez,Villeda,Zavala,Zúniga,Alvarado,Andino,Argueta,Arita,Benítez,Bustillo,Cáceres,Canales,"
            + "Carías,Cerrato,Coello,Cordero,Dubón,Durón,Elvir,Erazo,Fiallos,Flores,Gálvez,Gutiérrez,Hidalgo,Izaguirre,"
            + "Jiménez,Leiva,Lozano,Maradiaga,Medina,Membreño,Meza,Moncada,Moya,Noriega,Ordóñez,Palma,Posadas,Quiroz,"
            + "Rápalo,Reconco,Salinas,Santos,Soto,Tróchez,Umaña,Vallecillo,Vargas,Vega,Villanueva,Yánez,Zepeda")
            .split(",");

    private Names() {
    }

    record Generated(UUID id, String given, String first, @Nullable String second, LocalDate born, String dni) {
        String fullName() {
            return second == null ? given + " " + first : given + " " + first + " " + second;
        }
    }

    static Generated person(long i) {
        Random r = new Random(i * 7919L + 17);
        String given = GIVEN[r.nextInt(GIVEN.length)];
        if (r.nextBoolean()) {
            given += " " + GIVEN[r.nextInt(GIVEN.length)];
        }
        String first = SURNAMES[r.nextInt(SURNAMES.length)];
        String second = r.nextInt(8) == 0 ? null : SURNAMES[r.nextInt(SURNAMES.length)];
        LocalDate born = LocalDate.of(1950 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String dni = String.format("%02d%02d%04d%05d", 1 + r.nextInt(18), 1 + r.nextInt(20), born.getYear(),
                (int) (i % 99_999) + 1);
        return new Generated(new UUID(0x5150C0DEL, i + 1), given, first, second, born, dni);
    }

    /** What an officer might type for this person: variant {@code v} of five. */
    static String variant(Generated p, int v, Random r) {
        String plain = NameKey.of(p.fullName());
        return switch (v % 5) {
            case 0 -> plain; // no accents, lower case
            case 1 -> p.given() + " " + typo(p.first(), r) + (p.second() == null ? "" : " " + p.second());
            case 2 -> p.given() + " " + (p.second() == null ? p.first() : p.second() + " " + p.first());
            case 3 -> p.given() + " " + p.first();
            default -> NameKey.of(p.given()) + " " + typo(NameKey.of(p.second() == null ? p.first() : p.second()), r)
                    + " " + NameKey.of(p.first());
        };
    }

    static String typo(String word, Random r) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + r.nextInt(word.length() - 2);
        char replacement = "aeioulnrstz".charAt(r.nextInt(11));
        return word.substring(0, at) + replacement + word.substring(at + 1);
    }
}

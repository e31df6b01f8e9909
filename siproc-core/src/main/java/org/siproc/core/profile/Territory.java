package org.siproc.core.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.Text;

/**
 * The country's territory with official codes: departments (or states) and their municipalities, e.g. Honduras'
 * 18 departments ({@code 08} Francisco Morazán) and 298 municipalities ({@code 0801} Distrito Central).
 */
public record Territory(CountryCode country, List<Department> departments) {

    public Territory {
        Objects.requireNonNull(country, "country");
        departments = List.copyOf(departments);
        Set<String> codes = new HashSet<>();
        for (Department d : departments) {
            if (!codes.add(d.code())) {
                throw new InvalidValueException("territory.departments", "duplicate department code " + d.code());
            }
            for (Municipality m : d.municipalities()) {
                if (!codes.add(m.code())) {
                    throw new InvalidValueException("territory.municipalities", "duplicate municipality code " + m.code());
                }
            }
        }
    }

    public static Territory none(CountryCode country) {
        return new Territory(country, List.of());
    }

    // Loops rather than streams: looked up for every row of a bulk import.
    public Optional<Department> department(String code) {
        for (Department d : departments) {
            if (d.code().equals(code)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public Optional<Municipality> municipality(String code) {
        for (Department d : departments) {
            for (Municipality m : d.municipalities()) {
                if (m.code().equals(code)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    public int municipalityCount() {
        return departments.stream().mapToInt(d -> d.municipalities().size()).sum();
    }

    /** A department (or state) and its municipalities. */
    public record Department(String code, String name, List<Municipality> municipalities) {
        public Department {
            code = Text.required("department.code", code, 10);
            name = Text.required("department.name", name, 100);
            municipalities = List.copyOf(municipalities);
            for (Municipality m : municipalities) {
                if (!m.code().startsWith(code)) {
                    throw new InvalidValueException("municipality.code",
                            "municipality " + m.code() + " does not start with its department code " + code);
                }
            }
        }
    }

    /** A municipality; its code starts with its department's code. */
    public record Municipality(String code, String name) {
        public Municipality {
            code = Text.required("municipality.code", code, 10);
            name = Text.required("municipality.name", name, 100);
        }
    }
}

package org.siproc.core.domain.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.siproc.core.domain.shared.InvalidValueException;

/**
 * A birth date as well as it is known: exact, the year only, or an age estimated on a given day. Migrants often
 * carry no documents, so the approximate forms are the everyday case, not an exception.
 */
public sealed interface BirthDate {

    /**
     * The lowest age the person can have on {@code day}. Protection presumes minority in case of doubt, so
     * whether someone is a child is always decided on this lower bound.
     */
    int minimumAgeOn(LocalDate day);

    /** A birth date to print or sort by: the exact date, or the earliest date consistent with what is known. */
    LocalDate approximateDate();

    boolean exact();

    record Exact(LocalDate date) implements BirthDate {
        public Exact {
            Objects.requireNonNull(date, "date");
            if (date.getYear() < 1900) {
                throw new InvalidValueException("birthDate", "a birth date after 1900 is expected");
            }
        }

        @Override
        public int minimumAgeOn(LocalDate day) {
            return Math.max(0, Period.between(date, day).getYears());
        }

        @Override
        public LocalDate approximateDate() {
            return date;
        }

        @Override
        public boolean exact() {
            return true;
        }
    }

    record YearOnly(int year) implements BirthDate {
        public YearOnly {
            if (year < 1900 || year > 2200) {
                throw new InvalidValueException("birthDate.year", "a year between 1900 and 2200 is expected");
            }
        }

        @Override
        public int minimumAgeOn(LocalDate day) {
            // Born on 31 December of that year at the latest.
            return Math.max(0, Period.between(LocalDate.of(year, 12, 31), day).getYears());
        }

        @Override
        public LocalDate approximateDate() {
            return LocalDate.of(year, 1, 1);
        }

        @Override
        public boolean exact() {
            return false;
        }
    }

    /** An age in years estimated on a given day (by the officer, or declared by the person). */
    record EstimatedAge(int years, LocalDate estimatedOn) implements BirthDate {
        public EstimatedAge {
            Objects.requireNonNull(estimatedOn, "estimatedOn");
            if (years < 0 || years > 120) {
                throw new InvalidValueException("birthDate.estimatedAge", "an age between 0 and 120 is expected");
            }
        }

        @Override
        public int minimumAgeOn(LocalDate day) {
            return Math.max(0, years + Period.between(estimatedOn, day).getYears());
        }

        @Override
        public LocalDate approximateDate() {
            return estimatedOn.minusYears(years);
        }

        @Override
        public boolean exact() {
            return false;
        }
    }
}

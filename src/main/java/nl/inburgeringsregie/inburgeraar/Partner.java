package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;

/** The partner in the household. */
public record Partner(String naam, LocalDate geboortedatum) {}

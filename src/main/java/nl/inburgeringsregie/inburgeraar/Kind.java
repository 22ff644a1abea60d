package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;

/** A child in the household; birth dates matter for VVE (I-2). */
public record Kind(String voornaam, LocalDate geboortedatum) {}

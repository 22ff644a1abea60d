package nl.inburgeringsregie.aanbieders.instellingen;

import java.util.List;
import java.util.Optional;

/**
 * DUO's list of recognised institutions, as aanbieders checks a provider against it; implemented by the DUO
 * module ({@code duo.DuoInstellingenlijst}).
 */
public interface Instellingenlijst {

    /** One institution as DUO lists it: its number, name, and whether it holds the Blik op Werk keurmerk and TST. */
    record Instelling(String instellingsnummer, String naam, boolean bowKeurmerk, boolean tstKeurmerk) {}

    /** The list as DUO answers now, or empty when DUO could not be asked (unreachable, failing, an invalid answer). */
    Optional<List<Instelling>> vraag();
}

package nl.inburgeringsregie.intake;

import java.util.List;
import java.util.Map;
import nl.inburgeringsregie.gebruikers.GemeenteInstellingen;
import nl.inburgeringsregie.gebruikers.GemeenteInstellingen.Instelling;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * I-2, ADR 0039: the VVE age limits per gemeente (rule book C): the configuration
 * {@code inburgeringsregie.vve.*} is the default ({@link Configuratie}); a functioneel beheerder sets a gemeente's own
 * in Beheer ({@link GemeenteInstellingen}). In months, so that "from 2.5 years" is 30.
 */
@Component
class VveInstellingen implements GemeenteInstellingen.Bron {

    static final String VOORSCHOOL_VANAF = "vve.voorschoolVanafMaanden";
    static final String KINDEROPVANG_VANAF = "vve.kinderopvangVanafMaanden";
    static final String TOT = "vve.totMaanden";

    /** {@code inburgeringsregie.vve.*}: the defaults (voorschool from 24 months, kinderopvang from 0, both until 48). */
    @ConfigurationProperties("inburgeringsregie.vve")
    record Configuratie(
            @DefaultValue("24") int voorschoolVanafMaanden,
            @DefaultValue("0") int kinderopvangVanafMaanden,
            @DefaultValue("48") int totMaanden) {}

    private final Configuratie configuratie;
    private final GemeenteInstellingen gezet;

    VveInstellingen(Configuratie configuratie, GemeenteInstellingen gezet) {
        this.configuratie = configuratie;
        this.gezet = gezet;
    }

    @Override
    public String groep() {
        return "vve";
    }

    @Override
    public List<Instelling> instellingen(String gemeentecode) {
        return List.of(
                Instelling.getal(VOORSCHOOL_VANAF, configuratie.voorschoolVanafMaanden(), 0, 72),
                Instelling.getal(KINDEROPVANG_VANAF, configuratie.kinderopvangVanafMaanden(), 0, 72),
                Instelling.getal(TOT, configuratie.totMaanden(), 1, 72));
    }

    /** The limits in force for a gemeente: its own values over the configuration. */
    IntakeRegels.VveGrenzen grenzen(String gemeentecode) {
        Map<String, String> waarden = gezet.van(gemeentecode);
        return new IntakeRegels.VveGrenzen(
                getal(waarden.get(VOORSCHOOL_VANAF), configuratie.voorschoolVanafMaanden()),
                getal(waarden.get(KINDEROPVANG_VANAF), configuratie.kinderopvangVanafMaanden()),
                getal(waarden.get(TOT), configuratie.totMaanden()));
    }

    private static int getal(String waarde, int standaard) {
        try {
            return waarde == null ? standaard : Integer.parseInt(waarde);
        } catch (NumberFormatException e) {
            return standaard;
        }
    }
}

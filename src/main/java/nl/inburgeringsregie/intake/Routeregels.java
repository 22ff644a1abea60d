package nl.inburgeringsregie.intake;

import java.util.Optional;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.leerroute.Leerroute;

/**
 * The rules of the route vocabulary that more than one decision applies (the intake's routebesluit and the PIP), each
 * written once with its rule id. Pure functions; each answers the message key of the refusal, or empty.
 */
public final class Routeregels {

    /** DUO accepts a geschatteIntensiteitB1Route of 1 to 9999 hours. */
    public static final int MAX_INTENSITEIT = 9999;

    private Routeregels() {}

    /**
     * a geschatteIntensiteitB1Route belongs only to the B1-route of an asielstatushouder, and is 1 to 9999 hours.
     */
    public static Optional<String> geschatteIntensiteit(Leerroute route, Doelgroep doelgroep, Integer uren) {
        if (uren == null) {
            return Optional.empty();
        }
        if (route != Leerroute.B || doelgroep != Doelgroep.ASIELSTATUSHOUDER) {
            return Optional.of("fout.besluit.urenAlleenB1");
        }
        if (uren < 1 || uren > MAX_INTENSITEIT) {
            return Optional.of("fout.besluit.uren");
        }
        return Optional.empty();
    }
}

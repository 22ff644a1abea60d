package nl.inburgeringsregie.intake;

import java.util.Optional;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.infrastructure.Beslist;
import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.leerroute.Niveau;

/**
 * R-2, the combinations of leerroute, level and estimated hours that DUO rejects, refused before sending: the rules of
 * the route vocabulary that more than one decision applies (the intake's routebesluit and the PIP), each written once.
 * Pure functions; each answers the message key of the refusal, or empty.
 */
@Beslist("R-2")
public final class Routeregels {

    /** DUO accepts a geschatteIntensiteitB1Route of 1 to 9999 hours. */
    public static final int MAX_INTENSITEIT = 9999;

    private Routeregels() {}

    /**
     * DUO rejects A2 with the onderwijsroute, B1 with the Z-route, and A2 with the B1-route on a person's first
     * PIP. {@code eerstePip}: the plan is the person's first.
     */
    public static Optional<String> niveau(Leerroute route, Niveau niveau, boolean eerstePip) {
        if (route == Leerroute.O && niveau == Niveau.A2) {
            return Optional.of("fout.pip.a2Onderwijsroute");
        }
        if (route == Leerroute.Z && niveau == Niveau.B1) {
            return Optional.of("fout.pip.b1Zroute");
        }
        if (route == Leerroute.B && niveau == Niveau.A2 && eerstePip) {
            return Optional.of("fout.pip.a2Eerste");
        }
        return Optional.empty();
    }

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

package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;

/**
 * The milestones of the route that drive deadlines, each optional: the brede intake done (T-2), the PIP's
 * dagtekening (T-1 met, start of T-3 and T-6; DUO's field name {@code dagtekeningPip}), DUO's registered
 * end of the inburgeringstermijn (T-3; DUO's {@code einddatum}, exclusive), and a pause of T-1 while waiting
 * for information from third parties, with its reason and the day the information arrived. Later
 * capabilities (intake, PIP, DUO exchange) set these facts; until then consultants and the API do.
 */
public record Mijlpalen(
        LocalDate datumBredeIntakeAfgerond,
        LocalDate dagtekeningPip,
        LocalDate einddatumInburgeringstermijn,
        LocalDate wachtOpDerdenSinds,
        String wachtOpDerdenReden,
        LocalDate wachtOpDerdenOntvangen) {

    public static final Mijlpalen LEEG = new Mijlpalen(null, null, null, null, null, null);
}

package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.GedetailleerdeDoelgroep;
import nl.inburgeringsregie.inburgeraar.InburgeraarService;

import tools.jackson.databind.JsonNode;

/**
 * Processes a stored notification after its transaction committed, asynchronously, through Spring Modulith's event
 * publication registry: a run that fails (DUO unreachable) stays incomplete and is retried (on restart and by
 * resubmission), its notification marked FOUT meanwhile. It acts as the account DUO delivered with, so rights,
 * journal and audit name DUO. Duty events fetch the inburgeringsplicht and doelgroep (PL-1); termijn events fetch
 * the inburgeringstermijn (T-3); a person without a dossier here is left for reconciliation.
 */
@Component
class NotificatieVerwerker {

    static final Set<Gebeurtenis> PLICHT = Set.of(Gebeurtenis.SS101, Gebeurtenis.SS128, Gebeurtenis.SS139,
            Gebeurtenis.SS120, Gebeurtenis.SS121, Gebeurtenis.SS124, Gebeurtenis.SS125);
    static final Set<Gebeurtenis> TERMIJN = Set.of(Gebeurtenis.SS102, Gebeurtenis.SS103, Gebeurtenis.SS104,
            Gebeurtenis.SS130);

    private final Notificaties notificaties;
    private final DuoClient duo;
    private final InburgeraarService inburgeraars;
    private final UserDetailsService accounts;

    NotificatieVerwerker(Notificaties notificaties, DuoClient duo, InburgeraarService inburgeraars,
                         UserDetailsService accounts) {
        this.notificaties = notificaties;
        this.duo = duo;
        this.inburgeraars = inburgeraars;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void verwerk(NotificatieOntvangen ontvangen) {
        UserDetails account = accounts.loadUserByUsername(ontvangen.gebruiker());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        try {
            Notificaties.Te n = notificaties.lees(ontvangen.berichtId());
            Gebeurtenis gebeurtenis = Gebeurtenis.van(n.gebeurtenisId()).orElseThrow();
            Notificaties.Status uitkomst;
            if (PLICHT.contains(gebeurtenis) && n.bsn() != null) {
                uitkomst = plicht(n);
            } else if (TERMIJN.contains(gebeurtenis) && n.bsn() != null) {
                uitkomst = termijn(n);
            } else {
                uitkomst = Notificaties.Status.NIET_ONDERSTEUND;
            }
            notificaties.markeer(n.berichtId(), uitkomst, null);
        } catch (DuoClient.DuoFout e) {
            notificaties.markeer(ontvangen.berichtId(), Notificaties.Status.FOUT, e.getMessage());
            throw e;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Notificaties.Status plicht(Notificaties.Te n) {
        JsonNode plicht = duo.raadpleeg("Inburgeringsplicht", n.gemeentecode(), "/personen/" + n.bsn() + "/inburgeringsplicht")
                .orElse(null);
        JsonNode doelgroep = duo.raadpleeg("Inburgeringsplicht", n.gemeentecode(), "/personen/" + n.bsn() + "/doelgroep")
                .orElse(null);
        LocalDate kennisgeving = plicht != null && plicht.has("datumKennisgevingInburgeringsplicht")
                ? LocalDate.parse(plicht.get("datumKennisgevingInburgeringsplicht").asString()) : null;
        Doelgroep indeling = doelgroep != null && doelgroep.has("indeling") ? Doelgroep.vanDuoWaarde(doelgroep.get("indeling").asString()) : null;
        GedetailleerdeDoelgroep detail = doelgroep != null && doelgroep.has("gedetailleerdeDoelgroep")
                ? GedetailleerdeDoelgroep.vanDuoWaarde(doelgroep.get("gedetailleerdeDoelgroep").asString()) : null;
        return inburgeraars.duoInburgeringsplicht(n.gemeentecode(), n.bsn(), kennisgeving, indeling, detail)
                .map(id -> Notificaties.Status.VERWERKT).orElse(Notificaties.Status.ZONDER_DOSSIER);
    }

    private Notificaties.Status termijn(Notificaties.Te n) {
        JsonNode termijn = duo.raadpleeg("Inburgeringstermijn", n.gemeentecode(), "/personen/" + n.bsn() + "/inburgeringstermijn")
                .orElse(null);
        if (termijn == null) {
            return Notificaties.Status.NIET_ONDERSTEUND;
        }
        return inburgeraars.duoInburgeringstermijn(n.gemeentecode(), n.bsn(), LocalDate.parse(termijn.get("einddatum").asString()))
                .map(id -> Notificaties.Status.VERWERKT).orElse(Notificaties.Status.ZONDER_DOSSIER);
    }
}

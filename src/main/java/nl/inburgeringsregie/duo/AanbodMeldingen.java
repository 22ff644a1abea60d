package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.inburgeringsregie.aanbieders.gebeurtenissen.PlaatsingGewijzigd;
import nl.inburgeringsregie.aanbieders.gebeurtenissen.PlaatsingGewijzigd.Stap;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.leerroute.Alfabetiseringsindicator;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The melding Inburgeringsaanbod made from the placement, never typed (issue 15, ADR 0034), in the transaction
 * of the placement's step, through the outbox:
 *
 * <ul>
 * <li>only for an asielstatushouder ("Het inburgeringsaanbod is voor een asielmigrant", DUO README); a gezinsmigrant's
 * placement is no inburgeringsaanbod and nothing is sent;</li>
 * <li>GEPLAATST: POST with {@code datumInburgeringsaanbod} = the registration (DUO: "de inschrijfdatum"), the expected
 * start and end; on the waiting list nothing yet (no place, no offer);</li>
 * <li>GESTART: POST again with the real start as {@code verwachteStartdatumOpleiding} (a new POST replaces the current
 * aanbod at that institution, DUO README); AFGEROND: POST with the real last day;</li>
 * <li>AFGEBROKEN after the start: POST with the early end ("de verwachte datum waarop de cursus ... (voortijdig)
 * eindigd"); before the start, when an aanbod was sent: DELETE (the offer is withdrawn);</li>
 * <li>end dates are inclusive here and exclusive at DUO ({@code verwachteEinddatumOpleiding}): the day after the last
 * day is sent (route-na-pip §0.1 point 1);</li>
 * <li>checked against DUO's rules first ({@link DuoRegels#aanbod}, with the provider's keurmerk as we record it); a
 * refusal does not undo the placement (the provider really has the person) but is kept as a melding GEWEIGERD with the
 * rule's text, which the team lead sees among the refused meldingen.</li>
 * </ul>
 */
@Component
class AanbodMeldingen {

    static final String SOORT = "AANBOD";
    static final String TAAK = "inburgeringsaanbod";

    private final DuoMeldingen duoMeldingen;
    private final Meldingen meldingen;
    private final DossierfeitenLezer dossiers;
    private final JsonMapper json;
    private final MessageSourceAccessor berichten;

    AanbodMeldingen(
            DuoMeldingen duoMeldingen,
            Meldingen meldingen,
            DossierfeitenLezer dossiers,
            JsonMapper json,
            MessageSourceAccessor berichten) {
        this.duoMeldingen = duoMeldingen;
        this.meldingen = meldingen;
        this.dossiers = dossiers;
        this.json = json;
        this.berichten = berichten;
    }

    @EventListener
    void plaatsingGewijzigd(PlaatsingGewijzigd p) {
        if (p.stap() == Stap.WACHTLIJST) {
            return;
        }
        Dossierfeiten d =
                dossiers.van(List.of(p.inburgeraarId())).stream().findFirst().orElseThrow();
        DuoRegels.Feiten feiten = duoMeldingen.feiten(d);
        if (!feiten.asielstatushouder()) {
            return; // no inburgeringsaanbod for a gezinsmigrant or another doelgroep
        }
        String bsn = dossiers.bsn(d.id()).orElseThrow();
        String pad = "/personen/" + bsn + "/Inburgeringsaanbod/" + p.instellingsnummer();
        if (p.stap() == Stap.AFGEBROKEN && p.startdatum() == null) {
            Optional<Meldingen.Melding> eerder = meldingen.laatsteGeldige(d.id(), SOORT, pad);
            if (eerder.isPresent() && !"DELETE".equals(eerder.get().methode())) {
                meldingen.klaarzetten(
                        SOORT,
                        "Inburgeringsaanbod",
                        "DELETE",
                        d.id(),
                        d.gemeentecode(),
                        pad,
                        null,
                        berichten.getMessage("koppeling.klaargezet.AANBOD_INGETROKKEN", new Object[] {p.aanbieder()}));
            }
            return;
        }
        LocalDate start = p.startdatum() != null ? p.startdatum() : p.verwachteStart();
        LocalDate laatsteDag = p.einddatum() != null ? p.einddatum() : p.verwachteEinde();
        LocalDate eindeExclusief = laatsteDag == null ? null : laatsteDag.plusDays(1);
        String alfabetisering = (p.alfabetisering() == null ? Alfabetiseringsindicator.NVT : p.alfabetisering()).name();
        Map<String, Object> bericht = new LinkedHashMap<>();
        bericht.put("datumInburgeringsaanbod", p.aanmelddatum().toString());
        if (start != null) {
            bericht.put("verwachteStartdatumOpleiding", start.toString());
        }
        if (eindeExclusief != null) {
            bericht.put("verwachteEinddatumOpleiding", eindeExclusief.toString());
        }
        bericht.put("indicatorAlfabetiseringsonderwijs", alfabetisering);
        String inhoud = json.writeValueAsString(bericht);
        Optional<Meldingen.Melding> eerder = meldingen.laatsteGeldige(d.id(), SOORT, pad);
        if (eerder.isPresent()
                && "POST".equals(eerder.get().methode())
                && inhoud.equals(eerder.get().bericht())) {
            return; // DUO has this aanbod already (or will): nothing changed for DUO
        }
        // The institution as we record it (keurmerk held on the registration day, checked when placing, R-10);
        // DUO checks its own list of institutions on arrival.
        DuoRegels.Instelling instelling =
                new DuoRegels.Instelling(p.instellingsnummer(), p.aanbieder(), p.bowKeurmerk(), p.tstKeurmerk());
        List<DuoRegels.Schending> schendingen =
                DuoRegels.aanbod(instelling, p.aanmelddatum(), start, eindeExclusief, alfabetisering, feiten);
        String omschrijving = berichten.getMessage("koppeling.klaargezet.AANBOD", new Object[] {p.aanbieder()});
        if (schendingen.isEmpty()) {
            meldingen.klaarzetten(
                    SOORT, "Inburgeringsaanbod", "POST", d.id(), d.gemeentecode(), pad, inhoud, omschrijving);
        } else {
            meldingen.nietVerstuurbaar(
                    TAAK,
                    SOORT,
                    "Inburgeringsaanbod",
                    "POST",
                    d.id(),
                    d.gemeentecode(),
                    pad,
                    inhoud,
                    fouttekst(berichten, schendingen),
                    omschrijving);
        }
    }

    /** The rules' texts, each with its rule id, as the team lead reads them among the refused meldingen. */
    static String fouttekst(MessageSourceAccessor berichten, List<DuoRegels.Schending> schendingen) {
        return berichten.getMessage("koppeling.nietVerstuurbaar", new Object[] {
            String.join(
                    " ",
                    schendingen.stream()
                            .map(s -> berichten.getMessage(s.sleutel(), s.args()) + " ("
                                    + berichten.getMessage("koppeling.regel", new Object[] {s.regel()})
                                    + ")")
                            .toList())
        });
    }
}

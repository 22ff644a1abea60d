package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgeringsregie.duo.DuoRegels.Resultaat;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.MagDossierWijzigen;
import nl.inburgeringsregie.gebruikers.Recht;
import nl.inburgeringsregie.gebruikers.Toegang;
import nl.inburgeringsregie.inburgeraar.Doelgroep;
import nl.inburgeringsregie.inburgeraar.Dossierfeiten;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import nl.inburgeringsregie.infrastructure.fouten.NotFoundException;
import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipKeuzes.PipStatus;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.termijnen.Termijn;
import nl.inburgeringsregie.termijnen.TermijnSoort;
import nl.inburgeringsregie.termijnen.Termijnen;
import nl.inburgeringsregie.termijnen.TermijnfeitenGewijzigd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meldingen a consultant makes to DUO from a dossier — MAP eindgesprek and PVT ondertekening with the verwijtbaar
 * flag, Z-route completed and the contactpersoon — each checked against DUO's rules ({@link
 * DuoRegels}) before it goes into the outbox, so a refusal names the field and the rule at once. Delivery, retries and
 * status are the outbox's ({@link Meldingen}). The inburgeringsaanbod and the hours are not typed here:
 * they follow the placement and the hours ledger ({@link AanbodMeldingen}, {@link UrenMeldingen}; ADR 0034).
 */
@Service
class DuoMeldingen {

    /** Our staff member as DUO's contactpersoon for a gemeente. */
    public record Contactpersoon(
            String gemeentecode, String gebruiker, int duoId, String naam, String email, String telefoonnummer) {}

    private final DossierfeitenLezer dossiers;
    private final PipService pips;
    private final Termijnen termijnen;
    private final Meldingen meldingen;
    private final DuoClient duo;
    private final Gebruikers gebruikers;
    private final Toegang toegang;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSourceAccessor berichten;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DuoMeldingen(
            DossierfeitenLezer dossiers,
            PipService pips,
            Termijnen termijnen,
            Meldingen meldingen,
            DuoClient duo,
            Gebruikers gebruikers,
            Toegang toegang,
            JdbcClient jdbc,
            JsonMapper json,
            MessageSourceAccessor berichten,
            ApplicationEventPublisher events,
            Clock clock) {
        this.dossiers = dossiers;
        this.pips = pips;
        this.termijnen = termijnen;
        this.meldingen = meldingen;
        this.duo = duo;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.jdbc = jdbc;
        this.json = json;
        this.berichten = berichten;
        this.events = events;
        this.clock = clock;
    }

    /** MAP eindgesprek or PVT ondertekening, with verwijtbaar; a null date withdraws an earlier one. */
    @Transactional
    @MagDossierWijzigen
    public void resultaat(UUID inburgeraarId, Resultaat resultaat, LocalDate datum, String verwijtbaar) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        String v = verwijtbaar == null || verwijtbaar.isBlank() ? null : verwijtbaar;
        weiger(DuoRegels.resultaat(resultaat, datum, v, feiten(d)));
        Map<String, Object> bericht = new LinkedHashMap<>();
        if (datum != null) {
            bericht.put(resultaat.veld(), datum.toString());
        }
        if (v != null) {
            bericht.put("verwijtbaar", v);
        }
        meldingen.klaarzetten(
                resultaat.name(),
                "MAPPVTZroute",
                "PUT",
                d.id(),
                d.gemeentecode(),
                "/personen/" + bsn(d) + "/" + resultaat.pad(),
                json.writeValueAsString(bericht),
                berichten.getMessage("koppeling.klaargezet." + resultaat.name()));
        // The route status's deadline (issue 16, T-13) reads the dates reported.
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(d.id())));
    }

    /** Z-route completed. */
    @Transactional
    @MagDossierWijzigen
    public void zroute(UUID inburgeraarId, LocalDate datum) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        weiger(DuoRegels.zroute(datum, feiten(d)));
        meldingen.klaarzetten(
                "ZROUTE",
                "MAPPVTZroute",
                "PUT",
                d.id(),
                d.gemeentecode(),
                "/personen/" + bsn(d) + "/zroute",
                json.writeValueAsString(Map.of("datumAfrondingZroute", datum.toString())),
                berichten.getMessage("koppeling.klaargezet.ZROUTE"));
        events.publishEvent(new TermijnfeitenGewijzigd(List.of(d.id())));
    }

    /**
     * The signed-in user becomes the dossier's contactpersoon at DUO: registered with DUO first if they are not yet
     * (synchronously, Contactpersoon API, so DUO's id is known), then linked to the person through the outbox.
     */
    @Transactional
    @MagDossierWijzigen
    public void contactpersoon(UUID inburgeraarId, String naam, String email, String telefoonnummer) {
        Dossierfeiten d = dossier(inburgeraarId, Recht.DOSSIER_WIJZIGEN);
        String gebruiker = gebruikers.huidige().gebruikersnaam();
        Contactpersoon cp = contactpersoon(d.gemeentecode(), gebruiker)
                .orElseGet(() -> registreer(d.gemeentecode(), gebruiker, naam, email, telefoonnummer));
        meldingen.klaarzetten(
                "CONTACTPERSOON",
                "Contactpersoon",
                "POST",
                d.id(),
                d.gemeentecode(),
                "/contactpersonen/" + cp.duoId() + "/personen/" + bsn(d),
                null,
                berichten.getMessage("koppeling.klaargezet.CONTACTPERSOON", new Object[] {cp.naam()}));
    }

    /** The user's registration as DUO contactpersoon for a gemeente, if any. */
    public Optional<Contactpersoon> contactpersoon(String gemeentecode, String gebruiker) {
        return jdbc.sql("select * from duo_contactpersoon where gemeentecode = ? and gebruiker = ?")
                .params(gemeentecode, gebruiker)
                .query((rs, i) -> new Contactpersoon(
                        rs.getString("gemeentecode"),
                        rs.getString("gebruiker"),
                        rs.getInt("duo_id"),
                        rs.getString("naam"),
                        rs.getString("email"),
                        rs.getString("telefoonnummer")))
                .optional();
    }

    private Contactpersoon registreer(
            String gemeentecode, String gebruiker, String naam, String email, String telefoon) {
        List<Violation> fouten = new ArrayList<>();
        if (naam == null || naam.isBlank() || naam.length() > 100 || !naam.matches("[\\s'‘.\\p{L}\\p{Pd}]{1,100}")) {
            fouten.add(new Violation("naam", "fout.duo.contactpersoon.naam", null));
        }
        if (email == null || email.length() > 241 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            fouten.add(new Violation("email", "fout.duo.contactpersoon.email", null));
        }
        if (telefoon == null
                || !telefoon.matches("^(\\+|[0-9])((\\s|\\s?(-|\\(0\\))\\s?)?[0-9]){2,15}([,][1-9][0-9]{1,8})?$")) {
            fouten.add(new Violation("telefoonnummer", "fout.duo.contactpersoon.telefoonnummer", null));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        DuoClient.Uitkomst uitkomst = duo.verstuur(
                "Contactpersoon",
                "POST",
                gemeentecode,
                "/contactpersonen",
                json.writeValueAsString(
                        Map.of("naam", naam.strip(), "email", email.strip(), "telefoonnummer", telefoon.strip())));
        if (!uitkomst.geaccepteerd()) {
            throw new InvalidInputException(
                    List.of(new Violation("naam", "fout.duo.contactpersoon.geweigerd", null, uitkomst.fouttekst())));
        }
        int id = json.readTree(uitkomst.antwoord()).get("id").asInt();
        jdbc.sql("""
                insert into duo_contactpersoon (gemeentecode, gebruiker, duo_id, naam, email, telefoonnummer) values (?, ?, ?, ?, ?, ?)""")
                .params(gemeentecode, gebruiker, id, naam.strip(), email.strip(), telefoon.strip())
                .update();
        return new Contactpersoon(gemeentecode, gebruiker, id, naam.strip(), email.strip(), telefoon.strip());
    }

    /**
     * What DuoRegels needs, from our dossier: the doelgroep, the current vastgestelde PIP, the inburgeringstermijn
     * (DUO's when known, T-3) and the Z-route completion we reported (not refused).
     */
    DuoRegels.Feiten feiten(Dossierfeiten d) {
        Optional<Pip> pip = pips.versies(d.id()).stream()
                .filter(p -> p.status() == PipStatus.VASTGESTELD)
                .max(Comparator.comparingInt(Pip::versienummer));
        Optional<Termijn> termijn = termijnen.termijn(d, TermijnSoort.INBURGERINGSTERMIJN);
        LocalDate zroute = jdbc.sql("""
                select bericht from duo_melding where inburgeraar_id = ? and soort = 'ZROUTE' and status <> 'GEWEIGERD'
                order by aangemaakt_op desc, volgnummer desc limit 1""")
                .param(d.id())
                .query(String.class)
                .optional()
                .map(b -> LocalDate.parse(
                        json.readTree(b).get("datumAfrondingZroute").asString()))
                .orElse(null);
        return new DuoRegels.Feiten(
                d.doelgroep() == Doelgroep.ASIELSTATUSHOUDER,
                pip.map(Pip::dagtekeningPip).orElse(null),
                pip.map(p -> p.leerroute().name()).orElse(null),
                termijn.map(Termijn::startdatum).orElse(null),
                termijn.map(Termijn::uiterlijkeDatum).orElse(null),
                zroute,
                LocalDate.now(clock));
    }

    /** The person's BSN, by which DUO names them (read apart from the dossier's facts, issue 13 point 5). */
    private String bsn(Dossierfeiten d) {
        return dossiers.bsn(d.id()).orElseThrow(() -> new NotFoundException("dossier"));
    }

    /** The dossier's facts, when the access decision lets the user do the action to its person (ADR 0028). */
    private Dossierfeiten dossier(UUID id, Recht handeling) {
        toegang.eis(handeling, id);
        return dossiers.van(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException("dossier"));
    }

    private static void weiger(List<DuoRegels.Schending> schendingen) {
        if (!schendingen.isEmpty()) {
            throw new InvalidInputException(schendingen.stream()
                    .map(s -> new Violation(s.veld(), s.sleutel(), s.regel(), s.args()))
                    .toList());
        }
    }
}

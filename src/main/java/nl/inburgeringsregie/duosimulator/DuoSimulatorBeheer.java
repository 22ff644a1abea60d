package nl.inburgeringsregie.duosimulator;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.inburgeringsregie.duo.DuoInstellingen;
import nl.inburgeringsregie.gebruikers.Gebruikers;
import nl.inburgeringsregie.gebruikers.HuidigeGebruiker;
import nl.inburgeringsregie.gebruikers.MagDuoSimulatorBedienen;
import nl.inburgeringsregie.inburgeraar.Bsn;
import nl.inburgeringsregie.inburgeraar.DossierfeitenLezer;
import nl.inburgeringsregie.privacy.AuditActie;
import nl.inburgeringsregie.privacy.AuditLog;
import nl.inburgeringsregie.termijnen.Inburgeringstermijn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's control page (profile duo-simulator): let "DUO" know a person and send a notification to this
 * application, as DUO would, so the whole chain can be seen at work in the demo. Part of the web UI: only a signed-in
 * user with the right {@code DUO_SIMULATOR_BEDIENEN}, for their own gemeenten, with CSRF; what it does to a person with
 * a dossier is audited. Without the profile (never outside the embedded demo) the page does not exist.
 */
@Controller
@Profile("duo-simulator")
class DuoSimulatorBeheer {

    private final DuoSimulator simulator;
    private final DuoInstellingen instellingen;
    private final Environment omgeving;
    private final String gebruiker;
    private final String wachtwoord;
    private final Gebruikers gebruikers;
    private final DossierfeitenLezer dossiers;
    private final AuditLog auditLog;
    private final TransactionTemplate transactie;
    private final JsonMapper json;
    private final MessageSourceAccessor berichten;

    DuoSimulatorBeheer(
            DuoSimulator simulator,
            DuoInstellingen instellingen,
            Environment omgeving,
            @Value("${inburgeringsregie.duo.simulator.gebruiker:duo}") String gebruiker,
            @Value("${inburgeringsregie.duo.simulator.wachtwoord:demo}") String wachtwoord,
            Gebruikers gebruikers,
            DossierfeitenLezer dossiers,
            AuditLog auditLog,
            PlatformTransactionManager transacties,
            JsonMapper json,
            MessageSourceAccessor berichten) {
        this.simulator = simulator;
        this.instellingen = instellingen;
        this.omgeving = omgeving;
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
        this.gebruikers = gebruikers;
        this.dossiers = dossiers;
        this.auditLog = auditLog;
        this.transactie = new TransactionTemplate(transacties);
        this.json = json;
        this.berichten = berichten;
    }

    @GetMapping("/duo-simulator/beheer")
    @MagDuoSimulatorBedienen
    String pagina(Model model) {
        model.addAttribute("gemeenten", eigenGemeenten());
        return "koppeling/simulator";
    }

    @PostMapping("/duo-simulator/beheer")
    @MagDuoSimulatorBedienen
    String stuur(
            @Valid @ModelAttribute("notificatie") Formulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response)
            throws Exception {
        model.addAttribute("gemeenten", eigenGemeenten());
        String gemeentecode = formulier.gemeentecode();
        String gebeurtenis = formulier.gebeurtenis();
        String bsn = formulier.bsn();
        if (gemeentecode != null
                && instellingen.gemeenten().containsKey(gemeentecode)
                && !gebruikers.huidige().werktVoor(gemeentecode)) {
            throw new AccessDeniedException("Not a gemeente of this user");
        }
        boolean geldig = !binding.hasErrors()
                && instellingen.gemeenten().containsKey(gemeentecode)
                && (bsn == null || bsn.isBlank() || Bsn.isGeldig(bsn));
        if (!geldig) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("ongeldig", true);
            return "koppeling/simulator";
        }
        if (bsn == null || bsn.isBlank()) {
            // "SS101 for a new person": a BSN nobody has yet.
            Random toeval = new Random();
            do {
                bsn = String.format("%09d", 100_000_000 + toeval.nextInt(800_000_000));
            } while (!Bsn.isGeldig(bsn));
        }
        model.addAttribute("bsn", bsn);
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        simulator.zetPlicht(
                bsn,
                new DuoSimulator.Plicht(
                        true,
                        vandaag.minusDays(14),
                        vandaag.minusDays(7),
                        formulier.doelgroep() == null || formulier.doelgroep().isBlank()
                                ? "Asielstatushouder"
                                : formulier.doelgroep(),
                        null));
        // A termijn starting today: the one a PIP dated yesterday starts (T-3, asked from termijnen).
        Inburgeringstermijn termijn = Inburgeringstermijn.naDagtekening(vandaag.minusDays(1));
        simulator.zetTermijn(bsn, new DuoSimulator.Termijn(termijn.startdatum(), termijn.einddatumDuo()));
        if ("SS109".equals(gebeurtenis)) {
            simulator.zetTijdelijkeVrijstelling(bsn, vandaag, vandaag.plusYears(1));
        }
        Map<String, String> notificatie = new LinkedHashMap<>();
        notificatie.put("registratieDatumTijd", OffsetDateTime.now().withNano(0).toString());
        notificatie.put("gebeurtenisId", gebeurtenis);
        notificatie.put("bsn", bsn);
        String bericht = json.writeValueAsString(notificatie);
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + omgeving.getProperty("local.server.port", "8080") + "/duo/v1/notificaties"))
                .header("Content-Type", "application/json")
                .header("bron", instellingen.oin())
                .header("doel", instellingen.gemeenten().getOrDefault(gemeentecode, ""))
                .header("berichtId", UUID.randomUUID().toString())
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(bericht, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString());
        String persoon = bsn;
        transactie.executeWithoutResult(status -> dossiers.idVan(gemeentecode, persoon)
                .ifPresent(id -> auditLog.registreer(
                        AuditActie.GEWIJZIGD,
                        new AuditLog.Betrokkene(id, gemeentecode),
                        berichten.getMessage("simulator.audit.notificatie", new Object[] {gebeurtenis}))));
        model.addAttribute("status", antwoord.statusCode());
        model.addAttribute("antwoord", antwoord.body());
        return "koppeling/simulator";
    }

    /**
     * The page's form: the person (a valid BSN, or empty for a new one), one of the user's gemeenten, one of the
     * events the page offers (SS101, SS102, SS109) and, optionally, one of DUO's doelgroepen.
     */
    record Formulier(
            String bsn,
            @NotNull String gemeentecode,
            @NotNull @Pattern(regexp = "SS101|SS102|SS109") String gebeurtenis,

            @Pattern(regexp = "|Asielstatushouder|Gezinsmigrant en overige migrant")
            String doelgroep) {}

    private List<String> eigenGemeenten() {
        HuidigeGebruiker gebruiker = gebruikers.huidige();
        return instellingen.gemeenten().keySet().stream()
                .filter(gebruiker::werktVoor)
                .sorted()
                .toList();
    }
}

package nl.inburgeringsregie.duo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The simulator's control page (profile duo-simulator): let "DUO" know a person and send a notification to this
 * application, as DUO would, so the whole chain can be seen at work in the demo.
 */
@Controller
@Profile("duo-simulator")
class DuoSimulatorBeheer {

    private final DuoSimulator simulator;
    private final DuoInstellingen instellingen;
    private final Environment omgeving;
    private final String gebruiker;
    private final String wachtwoord;

    DuoSimulatorBeheer(DuoSimulator simulator, DuoInstellingen instellingen, Environment omgeving,
                       @Value("${inburgeringsregie.duo.simulator.gebruiker:duo}") String gebruiker,
                       @Value("${inburgeringsregie.duo.simulator.wachtwoord:demo}") String wachtwoord) {
        this.simulator = simulator;
        this.instellingen = instellingen;
        this.omgeving = omgeving;
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
    }

    @GetMapping("/duo-simulator/beheer")
    String pagina(Model model) {
        model.addAttribute("gemeenten", instellingen.gemeenten().keySet().stream().sorted().toList());
        return "koppeling/simulator";
    }

    @PostMapping("/duo-simulator/beheer")
    String stuur(@RequestParam(required = false) String bsn, @RequestParam String gemeentecode, @RequestParam String gebeurtenis,
                 @RequestParam(required = false) String doelgroep, Model model) throws Exception {
        if (bsn == null || bsn.isBlank()) {
            // "SS101 for a new person": a BSN nobody has yet.
            java.util.Random toeval = new java.util.Random();
            do {
                bsn = String.format("%09d", 100_000_000 + toeval.nextInt(800_000_000));
            } while (!nl.inburgeringsregie.inburgeraar.Bsn.isGeldig(bsn));
        }
        model.addAttribute("bsn", bsn);
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        simulator.zetPlicht(bsn, new DuoSimulator.Plicht(true, vandaag.minusDays(14), vandaag.minusDays(7),
                doelgroep == null || doelgroep.isBlank() ? "Asielstatushouder" : doelgroep, null));
        // A termijn starting today: dagtekening yesterday, last day that plus three years (T-3), einddatum exclusive.
        simulator.zetTermijn(bsn, new DuoSimulator.Termijn(vandaag, vandaag.minusDays(1).plusYears(3).plusDays(1)));
        if ("SS109".equals(gebeurtenis)) {
            simulator.zetTijdelijkeVrijstelling(bsn, vandaag, vandaag.plusYears(1));
        }
        String bericht = "{\"registratieDatumTijd\":\"" + OffsetDateTime.now().withNano(0) + "\",\"gebeurtenisId\":\""
                + gebeurtenis + "\",\"bsn\":\"" + bsn + "\"}";
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + omgeving.getProperty("local.server.port", "8080") + "/duo/v1/notificaties"))
                .header("Content-Type", "application/json").header("bron", instellingen.oin())
                .header("doel", instellingen.gemeenten().getOrDefault(gemeentecode, ""))
                .header("berichtId", UUID.randomUUID().toString())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(bericht, StandardCharsets.UTF_8)).build();
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString());
        model.addAttribute("gemeenten", instellingen.gemeenten().keySet().stream().sorted().toList());
        model.addAttribute("status", antwoord.statusCode());
        model.addAttribute("antwoord", antwoord.body());
        return "koppeling/simulator";
    }
}

package nl.inburgeringsregie.duo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * DUO's list of recognised institutions (Inburgeringsaanbod API, {@code GET /instellingen}): each institution's
 * instellingsnummer, name and whether it holds the Blik op Werk keurmerk and TST. Asked live, never stored here.
 * Part of the module's API (ADR 0029, amended by ADR 0031): module {@code aanbieders} checks a provider's number and
 * keurmerken against it. The list is the same for every gemeente; {@link #vraag()} asks it as the installation's first.
 */
@Service
public class DuoInstellingenlijst {

    private final DuoClient duo;
    private final DuoInstellingen instellingen;

    DuoInstellingenlijst(DuoClient duo, DuoInstellingen instellingen) {
        this.duo = duo;
        this.instellingen = instellingen;
    }

    /** DUO's list as it answers now, or empty when DUO could not be asked (unreachable, failing, an invalid answer). */
    public Optional<List<DuoRegels.Instelling>> vraag() {
        Optional<String> gemeente =
                instellingen.gemeenten().keySet().stream().sorted().findFirst();
        if (gemeente.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(instellingen(gemeente.get()));
        } catch (DuoClient.DuoFout e) {
            return Optional.empty();
        }
    }

    /** DUO's list asked on behalf of {@code gemeentecode}; throws {@link DuoClient.DuoFout} when DUO fails. */
    List<DuoRegels.Instelling> instellingen(String gemeentecode) {
        return duo.raadpleeg("Inburgeringsaanbod", gemeentecode, "/instellingen")
                .map(DuoInstellingenlijst::lees)
                .orElse(List.of());
    }

    /** DUO's answer read as institutions. */
    static List<DuoRegels.Instelling> lees(JsonNode antwoord) {
        List<DuoRegels.Instelling> lijst = new ArrayList<>();
        antwoord.forEach(i -> lijst.add(new DuoRegels.Instelling(
                i.path("instellingsnummer").asString(),
                i.path("naam").asString(),
                i.path("indicatieBowKeurmerk").asBoolean(),
                i.path("indicatieTstKeurmerk").asBoolean())));
        return lijst;
    }
}

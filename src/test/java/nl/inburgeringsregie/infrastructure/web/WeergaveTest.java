package nl.inburgeringsregie.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Issue 21 point 2: the one mechanism that writes values for people (labels, dd-mm-jjjj, addresses). */
class WeergaveTest {

    enum Kleur {
        ROOD,
        DONKER_BLAUW
    }

    private final Weergave weergave = new Weergave(berichten());

    private static StaticMessageSource berichten() {
        StaticMessageSource berichten = new StaticMessageSource();
        Locale nl = Locale.of("nl", "NL");
        berichten.addMessage("enum.WeergaveTest.Kleur.ROOD", nl, "Rood");
        berichten.addMessage("ja", nl, "Ja");
        berichten.addMessage("nee", nl, "Nee");
        berichten.addMessage("enum.Rol.CONSULENT", nl, "Consulent");
        berichten.addMessage("enum.Rol.TEAMLEIDER", nl, "Teamleider");
        berichten.addMessage("weergave.dezeMachine", nl, "{0} (deze machine)");
        return berichten;
    }

    @Test
    void eenEnumLeestAlsZijnLabelEnZonderLabelAlsZijnNaam() {
        assertThat(Weergave.sleutel(Kleur.ROOD)).isEqualTo("enum.WeergaveTest.Kleur.ROOD");
        assertThat(weergave.tekst(Kleur.ROOD)).isEqualTo("Rood");
        assertThat(weergave.tekst(Kleur.DONKER_BLAUW))
                .as("the screen walk catches this")
                .isEqualTo("DONKER_BLAUW");
        assertThat(weergave.labels("Rol", "CONSULENT,TEAMLEIDER")).isEqualTo("Consulent, Teamleider");
    }

    @Test
    void datumsJaNeeLijstenEnNietsLezenAlsTekst() {
        assertThat(weergave.tekst(LocalDate.of(2028, 2, 29))).isEqualTo("29-02-2028");
        assertThat(weergave.tekst(Instant.parse("2026-11-29T23:30:00Z")))
                .as("in the Netherlands it is the 30th")
                .isEqualTo("30-11-2026 00:30");
        assertThat(weergave.tekst(false)).isEqualTo("Nee");
        assertThat(weergave.tekst(List.of())).isEqualTo("–");
        assertThat(weergave.tekst(null)).isEqualTo("–");
        assertThat(weergave.tekst(List.of(Kleur.ROOD, LocalDate.of(2026, 1, 2))))
                .isEqualTo("Rood, 02-01-2026");
        assertThat(weergave.tekst("PIP versie 1 vastgesteld met dagtekening 2026-10-20"))
                .endsWith("dagtekening 20-10-2026");
        assertThat(Weergave.datumsInTekst("bericht 12026-10-200 en 2026-10-20T10:00"))
                .isEqualTo("bericht 12026-10-200 en 20-10-2026T10:00");
    }

    @Test
    void eenAdresLeestKortEnDezeMachineHeetZo() {
        assertThat(weergave.adres("0:0:0:0:0:0:0:1")).isEqualTo("::1 (deze machine)");
        assertThat(weergave.adres("127.0.0.1")).isEqualTo("127.0.0.1 (deze machine)");
        assertThat(weergave.adres("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(weergave.adres("2001:0db8:0000:0000:0000:0000:0002:0001")).isEqualTo("2001:db8::2:1");
        assertThat(weergave.adres("192.168.10.4")).isEqualTo("192.168.10.4");
        assertThat(weergave.adres("systeem")).as("not an address: no look-up").isEqualTo("systeem");
        assertThat(weergave.adres("badbeef"))
                .as("hex without a colon is a name, not an address")
                .isEqualTo("badbeef");
    }
}

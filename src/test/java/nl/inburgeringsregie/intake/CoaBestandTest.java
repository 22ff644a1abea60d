package nl.inburgeringsregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException;
import nl.inburgeringsregie.infrastructure.fouten.InvalidInputException.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** COA's CSV as read with Apache Commons CSV (I-4): the accepted format, and each problem with its row number. */
class CoaBestandTest {

    private static final String KOP = "bsn;gemeentecode;datumOverdracht;deelnemers;huishouden;talen";

    private final CoaBestand bestand = new CoaBestand(
            JsonMapper.builder().build(),
            new MessageSourceAccessor(new StaticMessageSource()),
            DataSize.ofKilobytes(1));

    private static List<String> velden(InvalidInputException e) {
        return e.violations().stream().map(v -> v.field() + " " + v.message()).toList();
    }

    @Test
    void aanhalingstekensScheidingstekensEnRegeleinden() {
        List<CoaProfiel> profielen = bestand.lees(
                KOP + "\r\n"
                        + "111222333;0392;12-01-2026;\"COA; gemeente\";\"Zegt \"\"alleen\"\"\nen woont alleen\";ar, ti\r\n"
                        + "444555666;0392;2026-01-12;;;\n",
                true);
        assertThat(profielen).hasSize(2);
        CoaProfiel eerste = profielen.getFirst();
        assertThat(eerste.bsn()).isEqualTo("111222333");
        assertThat(eerste.datumOverdracht()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(eerste.deelnemers()).containsExactly("COA; gemeente");
        assertThat(eerste.huishouden()).isEqualTo("Zegt \"alleen\"\nen woont alleen");
        assertThat(eerste.talen()).containsExactly("ar", "ti");
        assertThat(profielen.get(1).huishouden()).isNull();
        assertThat(profielen.get(1).talen()).isEmpty();
    }

    @Test
    void eenBomEnLegeRegelsWordenOvergeslagenMaarTellenMee() {
        String inhoud = "\uFEFF" + KOP + "\n\n111222333;0392;2026-01-12;;;\n   \n444555666;0392;2026-13-01;;;\n";
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> bestand.lees(inhoud, true));
        assertThat(velden(e))
                .as("row numbers count records, the header is 0")
                .containsExactly("rijen[4].datumOverdracht fout.coa.datum");
        assertThat(bestand.lees("\uFEFF" + KOP + "\n\n111222333;0392;2026-01-12;;;\n", true))
                .hasSize(1);
    }

    @Test
    void eenRijMetAndereKolommenEnEenOnbekendeKop() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> bestand.lees(KOP + "\n111222333;0392;2026-01-12\n444555666;0392;2026-01-12;;;;\n", true));
        assertThat(velden(e)).containsExactly("rijen[1] fout.coa.csv", "rijen[2] fout.coa.csv");
        assertThat(e.violations()).extracting(Violation::regel).containsOnly("I-4");

        InvalidInputException kop = catchThrowableOfType(
                InvalidInputException.class, () -> bestand.lees("bsn;gemeentecode;onbekend\n1;2;3\n", true));
        assertThat(velden(kop)).containsExactly("kop fout.coa.csv");
    }

    @Test
    void eenOpenGelatenAanhalingstekenNoemtZijnRij() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> bestand.lees(KOP + "\n111222333;0392;2026-01-12;;;\n444555666;\"0392;2026-01-12;;;\n", true));
        assertThat(velden(e)).containsExactly("rijen[2] fout.coa.csv");
    }

    @Test
    void veleSlechteRijenWordenAllemaalGeteldMaarBegrensdGemeld() {
        StringBuilder inhoud = new StringBuilder(KOP).append('\n');
        int rijen = InvalidInputException.MAX_GEMELD + 50;
        for (int i = 0; i < rijen; i++) {
            inhoud.append("111222333;0392;geen datum;;;\n");
        }
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> bestand.lees(inhoud.toString(), true));
        assertThat(e.violations()).hasSize(InvalidInputException.MAX_GEMELD);
        assertThat(e.weggelaten()).isEqualTo(50);
        assertThat(e.violations().getLast().field())
                .isEqualTo("rijen[" + InvalidInputException.MAX_GEMELD + "].datumOverdracht");
    }

    @Test
    void eenLeegBestandHeeftGeenProfielen() {
        assertThat(bestand.lees("", true)).isEmpty();
        assertThat(bestand.lees("\uFEFF", true)).isEmpty();
    }
}

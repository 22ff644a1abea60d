package nl.inburgeringsregie.ontzorgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The schema check in front of every payment file (issue 17, ADR 0032): what ISO's pain.001.001.03.xsd refuses never
 * leaves {@link Pain001}, and what it writes from valid input conforms.
 */
class Pain001Test {

    private static final UUID BATCH = UUID.fromString("6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b");

    private static byte[] schrijf(String iban, String bedrag) {
        return Pain001.schrijf(
                BATCH,
                Instant.parse("2028-02-29T23:59:59.999Z"),
                "Gemeente Haarlem",
                "NL91ABNA0417164300",
                LocalDate.of(2028, 2, 29),
                List.of(new Pain001.Betaling(
                        UUID.fromString("00000000-0000-0000-0000-000000000001"),
                        "Woonstichting Ymere – huur",
                        iban,
                        "Vaste lasten 2028-02 huur",
                        new BigDecimal(bedrag))));
    }

    @Test
    void eenGeldigBestandVoldoetAanHetSchema() {
        byte[] bestand = schrijf("NL36INGB0007654321", "612.4");
        assertThat(Pain001.schemafout(bestand)).isEmpty();
        assertThat(new String(bestand, StandardCharsets.UTF_8))
                .contains("<CtrlSum>612.40</CtrlSum>")
                .contains("<ReqdExctnDt>2028-02-29</ReqdExctnDt>");
    }

    @Test
    void watHetSchemaWeigertVerlaatPain001Niet() {
        assertThatThrownBy(() -> schrijf("nl36ingb0007654321", "612.40"))
                .as("IBAN2007Identifier: the country in capitals")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema");
        assertThatThrownBy(() -> schrijf("NL36INGB0007654321", "-5.00"))
                .as("a negative amount")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eenBestandZonderTransactiesWordtGeweigerd() {
        String zonder = new String(schrijf("NL36INGB0007654321", "1.00"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<CdtTrfTxInf>.*</CdtTrfTxInf>", "");
        assertThat(Pain001.schemafout(zonder.getBytes(StandardCharsets.UTF_8))).isPresent();
    }
}

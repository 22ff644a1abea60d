package nl.inburgeringsregie.uren;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One source's hours of one kind for a person: where they come from ({@code bron}, a code such as {@code PLAATSING},
 * and the id of the source's record), a description for the reader, the hours, and whether they were followed at an
 * institution holding the keurmerk the teaching needs (Blik op Werk or TST, on the day) — what afschalen counts (T-7).
 */
public record Urenpost(
        Urensoort soort, String bron, UUID bronId, String omschrijving, BigDecimal uren, boolean keurmerk) {

    /**
     * The source code of hours followed during the brede intake at the gemeente (module intake): DUO counts their
     * NT2 and KNM apart ({@code bredeintake/taallesknm}) and their participation with the Z-route's (Besluit art. 3.14).
     */
    public static final String BREDE_INTAKE = "BREDE_INTAKE";
}

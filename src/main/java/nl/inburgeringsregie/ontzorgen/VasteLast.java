package nl.inburgeringsregie.ontzorgen;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One fixed cost withheld from the bijstand and paid to the payee (O-1): the kind, the payee (landlord, supplier or
 * insurer), the payee's IBAN, the policy number for the health insurance, and the monthly amount.
 */
@Table("vaste_last")
record VasteLast(Soort soort, String ontvanger, String iban, String polisnummer, BigDecimal bedrag) {

    /** The fixed costs O-1 names. */
    enum Soort {
        HUUR,
        ENERGIE,
        WATER,
        ZORGVERZEKERING
    }
}

package nl.inburgeringsregie.inburgeraar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * DUO's {@code Doelgroepindeling}: the two groups the law's duties follow (rule PL-3). JSON uses DUO's
 * values verbatim.
 */
public enum Doelgroep {
    ASIELSTATUSHOUDER("Asielstatushouder"),
    GEZINSMIGRANT_EN_OVERIGE_MIGRANT("Gezinsmigrant en overige migrant");

    private final String duoWaarde;

    Doelgroep(String duoWaarde) {
        this.duoWaarde = duoWaarde;
    }

    @JsonValue
    public String duoWaarde() {
        return duoWaarde;
    }

    @JsonCreator
    public static Doelgroep vanDuoWaarde(String waarde) {
        for (Doelgroep doelgroep : values()) {
            if (doelgroep.duoWaarde.equals(waarde)) {
                return doelgroep;
            }
        }
        throw new IllegalArgumentException("Unknown Doelgroepindeling");
    }
}

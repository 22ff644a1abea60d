package nl.inburgeringsregie.inburgeraar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.inburgeringsregie.infrastructure.Beslist;

/**
 * DUO's {@code GedetailleerdeDoelgroep} (rule PL-3), with the group of {@link Doelgroep} each folds into
 * where that is fixed; the two "met Asielstatushouder" values can fall in either group.
 */
@Beslist("PL-3")
public enum GedetailleerdeDoelgroep {
    ASIELSTATUSHOUDER("Asielstatushouder", Doelgroep.ASIELSTATUSHOUDER),
    GEESTELIJK_BEDIENAAR("Geestelijk bedienaar", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
    GEZINSHERENIGER("Gezinshereniger", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
    GEZINSHERENIGER_MET_ASIELSTATUSHOUDER("Gezinshereniger met Asielstatushouder", null),
    GEZINSVORMER("Gezinsvormer", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
    GEZINSVORMER_MET_ASIELSTATUSHOUDER("Gezinsvormer met Asielstatushouder", null),
    OVERIG("Overig", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);

    private final String duoWaarde;
    private final Doelgroep groep;

    GedetailleerdeDoelgroep(String duoWaarde, Doelgroep groep) {
        this.duoWaarde = duoWaarde;
        this.groep = groep;
    }

    @JsonValue
    public String duoWaarde() {
        return duoWaarde;
    }

    /** Whether this detailed value fits the group (PL-3). */
    public boolean hoortBij(Doelgroep doelgroep) {
        return groep == null || groep == doelgroep;
    }

    @JsonCreator
    public static GedetailleerdeDoelgroep vanDuoWaarde(String waarde) {
        for (GedetailleerdeDoelgroep doelgroep : values()) {
            if (doelgroep.duoWaarde.equals(waarde)) {
                return doelgroep;
            }
        }
        throw new IllegalArgumentException("Unknown GedetailleerdeDoelgroep");
    }
}

package nl.inburgeringsregie.intake;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The closed value lists of the intake. DUO's values verbatim where DUO has them. */
public final class Keuzes {

    private Keuzes() {}

    /** CEFR levels for each language skill. */
    public enum Cefr {
        A0,
        A1,
        A2,
        B1,
        B2,
        C1,
        C2
    }

    /** Literacy: decides the alfabetisering indicator, never the route by itself. */
    public enum Alfabetisering {
        LATIJNS_GEALFABETISEERD,
        ANDERS_GEALFABETISEERD,
        NIET_GEALFABETISEERD
    }

    public enum Vooropleiding {
        GEEN,
        BASISONDERWIJS,
        VOORTGEZET_ONDERWIJS,
        MBO,
        HBO_WO
    }

    public enum TolkWijze {
        GEEN,
        TER_PLAATSE,
        TELEFONISCH,
        VIDEO
    }

    public enum Opkomst {
        GEPLAND,
        AANWEZIG,
        NIET_VERSCHENEN
    }

    /** The municipality's exemption from the LBT (I-3). */
    public enum LbtVrijstelling {
        VISUELE_BEPERKING,
        AUDITIEVE_BEPERKING
    }

    /** DUO's {@code LeerbaarheidstoetsResultaat}. */
    public enum LbtResultaat {
        B1_ROUTE_HAALBAAR("B1-route haalbaar"),
        B1_ROUTE_NIET_HAALBAAR("B1-route niet haalbaar"),
        ONBEKEND("Onbekend");

        private final String duo;

        LbtResultaat(String duo) {
            this.duo = duo;
        }

        @JsonValue
        public String duo() {
            return duo;
        }

        @JsonCreator
        static LbtResultaat vanDuo(String waarde) {
            for (LbtResultaat r : values()) {
                if (r.duo.equals(waarde) || r.name().equals(waarde)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("Unknown LBT result");
        }
    }

    public enum IntakeStatus {
        CONCEPT,
        AFGEROND
    }
}

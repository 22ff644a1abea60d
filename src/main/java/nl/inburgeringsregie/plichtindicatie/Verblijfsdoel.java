package nl.inburgeringsregie.plichtindicatie;

import java.util.Arrays;
import java.util.Optional;

/**
 * The purpose of residence as the desk asks it. The law's line is temporary versus non-temporary purpose
 * (PL-2): asylum, family reunification and formation, religious ministers and other non-temporary purposes
 * lead to the duty; study and other temporary purposes do not. Work depends on the permit (a knowledge
 * migrant's or seasonal worker's purpose is temporary, paid employment otherwise is not), so the pre-screen
 * cannot tell.
 */
enum Verblijfsdoel {
    ASIEL("asiel", Tijdelijk.NEE),
    GEZINSHERENIGING("gezinshereniging", Tijdelijk.NEE),
    GEZINSVORMING("gezinsvorming", Tijdelijk.NEE),
    GEESTELIJK_BEDIENAAR("geestelijk-bedienaar", Tijdelijk.NEE),
    ARBEID("arbeid", Tijdelijk.HANGT_AF),
    STUDIE("studie", Tijdelijk.JA),
    OVERIG_TIJDELIJK("overig-tijdelijk", Tijdelijk.JA),
    OVERIG_NIET_TIJDELIJK("overig-niet-tijdelijk", Tijdelijk.NEE);

    enum Tijdelijk {
        JA,
        NEE,
        HANGT_AF
    }

    private final String code;
    private final Tijdelijk tijdelijk;

    Verblijfsdoel(String code, Tijdelijk tijdelijk) {
        this.code = code;
        this.tijdelijk = tijdelijk;
    }

    String code() {
        return code;
    }

    Tijdelijk tijdelijk() {
        return tijdelijk;
    }

    static Optional<Verblijfsdoel> vanCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}

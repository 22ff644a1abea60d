package nl.inburgeringsregie.pip;

import java.util.EnumSet;
import java.util.Set;

/** The closed value lists of the PIP. */
public final class PipKeuzes {

    private PipKeuzes() {}

    /**
     * P-3: concept → vastgesteld; a later version replaces it (vervangen); or it is withdrawn. Each status names the
     * steps of the lifecycle it allows ({@link Pip#mag(PipActie)} is the one place that answers).
     */
    public enum PipStatus {
        CONCEPT(EnumSet.of(PipActie.BEWERKEN, PipActie.VASTSTELLEN, PipActie.INTREKKEN)),
        VASTGESTELD(EnumSet.of(PipActie.WIJZIGEN, PipActie.VERVANGEN, PipActie.INTREKKEN)),
        VERVANGEN(EnumSet.noneOf(PipActie.class)),
        INGETROKKEN(EnumSet.noneOf(PipActie.class));

        private final Set<PipActie> toegestaan;

        PipStatus(Set<PipActie> toegestaan) {
            this.toegestaan = toegestaan;
        }

        Set<PipActie> toegestaan() {
            return toegestaan;
        }
    }

    /**
     * What can be done with one PIP version (P-3): edit the concept, vaststellen it, make a changed version of the
     * vastgesteld one (wijzigen), have it replaced by that version once vastgesteld (vervangen), withdraw it, and read
     * its beschikking (P-5) once it has a dagtekening.
     */
    public enum PipActie {
        BEWERKEN("fout.pip.geenConcept"),
        VASTSTELLEN("fout.pip.geenConcept"),
        WIJZIGEN("fout.pip.nietVastgesteld"),
        VERVANGEN("fout.pip.nietVastgesteld"),
        INTREKKEN("fout.pip.intrekken"),
        BESCHIKKING("fout.pip.geenBeschikking");

        private final String geweigerd;

        PipActie(String geweigerd) {
            this.geweigerd = geweigerd;
        }

        /** The message key that explains why this step is not allowed now. */
        String geweigerd() {
            return geweigerd;
        }
    }

    public enum Wijzigingsreden {
        SCHAKELEN,
        AFSCHALEN,
        VERHUIZING,
        GEWIJZIGDE_OMSTANDIGHEDEN,
        CORRECTIE
    }

    /** What an agreement is about; only the inburgering part (leerroute, KNM, PVT, MAP) can be enforced (H-3). */
    public enum Onderdeel {
        LEERROUTE(true),
        KNM(true),
        PVT(true),
        MAP(true),
        PARTICIPATIE(false),
        ONTZORGEN(false),
        MAATSCHAPPELIJKE_BEGELEIDING(false),
        KINDEROPVANG_VVE(false),
        OVERIG(false);

        private final boolean inburgering;

        Onderdeel(boolean inburgering) {
            this.inburgering = inburgering;
        }

        public boolean inburgering() {
            return inburgering;
        }
    }

    public enum Eigenaar {
        INBURGERAAR,
        GEMEENTE,
        AANBIEDER,
        PARTNER
    }

    /** The exam parts of the B1-route that can be lowered to A2 (T-7). */
    public enum Examenonderdeel {
        LEZEN,
        LUISTEREN,
        SCHRIJVEN,
        SPREKEN
    }
}

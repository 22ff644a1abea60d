package nl.inburgeringsregie.pip;

/** The closed value lists of the PIP. */
public final class PipKeuzes {

    private PipKeuzes() {}

    /** P-3: concept → vastgesteld; a later version replaces it (vervangen); or it is withdrawn. */
    public enum PipStatus {
        CONCEPT,
        VASTGESTELD,
        VERVANGEN,
        INGETROKKEN
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

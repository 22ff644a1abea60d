package nl.inburgeringsregie.aanbieders;

import nl.inburgeringsregie.leerroute.Leerroute;
import nl.inburgeringsregie.pip.PipKeuzes.Onderdeel;

/**
 * What a contract (a perceel of a regional procurement) buys: a leerroute, a module of the inburgering, or the
 * brugklas (startprogramma). Each says which keurmerk its provider needs (R-10: Blik op Werk for the teaching of the
 * B1- and Z-route and KNM, TST for the onderwijsroute; none for PVT, MAP and the brugklas) and which part of the
 * vastgesteld PIP it serves (P-1): a route the PIP's leerroute, a module an agreement of that onderdeel.
 */
enum Contractonderdeel {
    B1_ROUTE(Keurmerk.BLIK_OP_WERK, Leerroute.B, null),
    ONDERWIJSROUTE(Keurmerk.TST, Leerroute.O, null),
    Z_ROUTE(Keurmerk.BLIK_OP_WERK, Leerroute.Z, null),
    KNM(Keurmerk.BLIK_OP_WERK, null, Onderdeel.KNM),
    PVT(null, null, Onderdeel.PVT),
    MAP(null, null, Onderdeel.MAP),
    /** The brugklas or startprogramma at the start of the route: any vastgesteld PIP. */
    BRUGKLAS(null, null, null);

    /** The recognition a provider needs for an onderdeel. */
    enum Keurmerk {
        BLIK_OP_WERK,
        TST
    }

    private final Keurmerk keurmerk;
    private final Leerroute leerroute;
    private final Onderdeel pipOnderdeel;

    Contractonderdeel(Keurmerk keurmerk, Leerroute leerroute, Onderdeel pipOnderdeel) {
        this.keurmerk = keurmerk;
        this.leerroute = leerroute;
        this.pipOnderdeel = pipOnderdeel;
    }

    /** The keurmerk the provider must hold on the placement date, or null. */
    Keurmerk keurmerk() {
        return keurmerk;
    }

    /** The leerroute the PIP must have for a route contract, or null for a module. */
    Leerroute leerroute() {
        return leerroute;
    }

    /**
     * AB-10: whether the onderdeel ends with an exam the provider may register with DUO (the inburgeringsexamen of the
     * B1-route, the staatsexamen NT2 of the onderwijsroute, the KNM exam); the Z-route, PVT, MAP and the brugklas have
     * none, so a contract for them never needs the BSN.
     */
    boolean heeftExamen() {
        return this == B1_ROUTE || this == ONDERWIJSROUTE || this == KNM;
    }

    /** The PIP agreement's onderdeel a module contract serves, or null. */
    Onderdeel pipOnderdeel() {
        return pipOnderdeel;
    }
}

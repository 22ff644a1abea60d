package nl.inburgeringsregie.aanbieders;

/**
 * A level of the Common European Framework of Reference (ERK), A0 (no knowledge yet) to C2, as a provider reports it
 * per skill (AB-7). Wider than the leerroute's {@code Niveau} (A2, B1: the level a route aims at), so kept here.
 */
enum Taalniveau {
    A0,
    A1,
    A2,
    B1,
    B2,
    C1,
    C2
}

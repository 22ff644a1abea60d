package nl.inburgeringsregie.leerroute;

/** DUO's {@code NiveauPip}: the language level a route aims at. */
public enum Niveau {
    A2,
    B1
}

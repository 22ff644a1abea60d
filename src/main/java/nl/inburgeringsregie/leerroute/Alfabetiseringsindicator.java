package nl.inburgeringsregie.leerroute;

/** DUO's {@code Alfabetiseringsonderwijs}: A (alfabetisering), AA (anders gealfabetiseerd), NVT. */
public enum Alfabetiseringsindicator {
    A,
    AA,
    NVT
}

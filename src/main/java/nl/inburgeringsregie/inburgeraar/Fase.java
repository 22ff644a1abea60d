package nl.inburgeringsregie.inburgeraar;

/**
 * Where the dossier stands on the route. Later capabilities (intake, PIP, leerroute) move it through
 * their own events; until then the consultant sets it.
 */
public enum Fase {
    AANMELDING,
    BREDE_INTAKE,
    PIP,
    INBURGERING,
    AFGEROND,
    UITGESCHREVEN
}

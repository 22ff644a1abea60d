package nl.inburgeringsregie.inburgeraar;

/** How the dossier came to be: registered at the desk or from DUO's notice of the duty. */
public enum Registratiebron {
    BALIE,
    DUO
}

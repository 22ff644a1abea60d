package nl.inburgeringsregie.inburgeraar;

/** Sex as the BRP records it: M (man), V (vrouw), O (onbekend). */
public enum Geslacht {
    M,
    V,
    O
}

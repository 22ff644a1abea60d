package nl.inburgeringsregie.leerroute;

/** DUO's {@code Leerroute}: B1-route, onderwijsroute, zelfredzaamheidsroute. */
public enum Leerroute {
    B,
    O,
    Z
}

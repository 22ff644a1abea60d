package nl.inburgeringsregie.inburgeraar;

/**
 * Which law applies (rule PL-4): residence right granted from 1 January 2022 on means Wi2021; before,
 * Wi2013, with no PIP and no municipal leerroute duty.
 */
public enum Wet {
    WI2021,
    WI2013
}

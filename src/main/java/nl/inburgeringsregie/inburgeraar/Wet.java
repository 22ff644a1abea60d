package nl.inburgeringsregie.inburgeraar;

import java.time.LocalDate;

/**
 * Which law applies (rule PL-4): residence right granted from 1 January 2022 on means Wi2021; before,
 * Wi2013, with no PIP and no municipal leerroute duty.
 */
public enum Wet {
    WI2021,
    WI2013;

    /** The day Wi2021 took effect: a notice of the duty from this day on falls under Wi2021 (PL-4). */
    public static final LocalDate WI2021_VANAF = LocalDate.of(2022, 1, 1);
}

package nl.inburgeringsregie.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A settable clock in Europe/Amsterdam. Tests that move it must put it back ({@link #reset()}) in a
 * finally block or @AfterEach, because the context (and so the clock) is shared.
 */
public class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private volatile Instant fixed;

    public void zet(LocalDate vandaag) {
        fixed = vandaag.atTime(12, 0).atZone(ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}

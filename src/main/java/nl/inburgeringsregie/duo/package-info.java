/**
 * The municipality–DUO exchange over DUO's own M2M APIs (specifications in classpath:duo/openapi): DUO's
 * notifications received, stored idempotently and validated against DUO's specification. Later parts of the
 * capability (raadpleging, meldingen through an outbox, reconciliation) build on this.
 */
@org.springframework.modulith.ApplicationModule(displayName = "DUO-koppeling")
package nl.inburgeringsregie.duo;

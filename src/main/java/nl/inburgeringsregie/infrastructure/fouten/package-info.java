/**
 * The exceptions domain code throws when a request cannot be carried out: nothing there (or nothing this user may see),
 * input that breaks a rule, a conflict with the current state. They carry no HTTP semantics; the web layer maps them
 * ({@code ApiExceptionHandler} to problem+json, {@code WebInvoerAdvice} to the error page).
 */
package nl.inburgeringsregie.infrastructure.fouten;

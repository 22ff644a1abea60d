/**
 * Users, roles, rights and gemeenten; login. The role matrix lives in {@link nl.inburgeringsregie.gebruikers.Rol}:
 * the one place that says who may do what (docs/rollen.md is generated from it and checked by a test).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gebruikers")
package nl.inburgeringsregie.gebruikers;

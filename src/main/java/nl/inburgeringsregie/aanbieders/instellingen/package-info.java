/**
 * What the module aanbieders needs from outside to check a provider (issue 15, ADR 0031 amendment): DUO's list of
 * recognised institutions with their keurmerken, declared here and provided by the DUO module, so that
 * aanbieders does not depend on duo (duo depends on aanbieders for its events, ADR 0034).
 */
@NamedInterface("instellingen")
package nl.inburgeringsregie.aanbieders.instellingen;

import org.springframework.modulith.NamedInterface;

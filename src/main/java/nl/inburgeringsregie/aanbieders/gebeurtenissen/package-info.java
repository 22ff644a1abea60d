/**
 * What the module aanbieders tells the others (issue 15, ADR 0034): the events other modules may listen to, and nothing
 * else. The DUO module turns a placement's step into the melding Inburgeringsaanbod without aanbieders knowing
 * DUO.
 */
@NamedInterface("gebeurtenissen")
package nl.inburgeringsregie.aanbieders.gebeurtenissen;

import org.springframework.modulith.NamedInterface;

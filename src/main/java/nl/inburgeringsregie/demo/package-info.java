/**
 * Demo data for the embedded default: the demo accounts and a believable, deterministic caseload per demo
 * gemeente; and the national-scale dataset for benchmarks. Never active with an external database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package nl.inburgeringsregie.demo;

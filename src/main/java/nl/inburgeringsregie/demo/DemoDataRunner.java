package nl.inburgeringsregie.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.gebruikers.DemoAccounts;

/** On start with the embedded database: make sure the demo accounts exist. */
@Component
@ConditionalOnBean(DemoAccounts.class)
class DemoDataRunner implements ApplicationRunner {

    private final DemoAccounts demoAccounts;

    DemoDataRunner(DemoAccounts demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoAccounts.zorgVoorDemoAccounts();
    }
}

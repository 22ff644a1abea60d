package nl.inburgeringsregie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "infrastructure")
public class InburgeringsregieApplication {

    public static void main(String[] args) {
        SpringApplication.run(InburgeringsregieApplication.class, args);
    }
}

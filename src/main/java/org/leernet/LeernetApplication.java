package org.leernet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LeernetApplication {

	public static void main(String[] args) {
		SpringApplication.run(LeernetApplication.class, args);
	}

}

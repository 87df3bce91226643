package dev.devolve.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A county's web service deciding which powers its townships may take on. */
@SpringBootApplication
public class DevolveApplication {

    public static void main(String[] args) {
        SpringApplication.run(DevolveApplication.class, args);
    }
}

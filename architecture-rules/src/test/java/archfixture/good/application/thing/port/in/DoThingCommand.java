package archfixture.good.application.thing.port.in;

import jakarta.validation.constraints.NotBlank;

public record DoThingCommand(@NotBlank String name) {
}

package archfixture.good.domain;

public record Thing(String name) {
}

package archfixture.upward.application;

public final class Service {
}

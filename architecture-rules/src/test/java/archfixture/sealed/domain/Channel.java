package archfixture.sealed.domain;

/** An open (not sealed) family: testing its members is no concern of the rule. */
public interface Channel {

    record Office() implements Channel {
    }
}

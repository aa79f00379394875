package kz.qyzmet.application.onetimepassword.port.out;

/** Port out: the gateway that sends a short text message to a phone. */
public interface SmsGateway {

    /**
     * Sends a message.
     *
     * @param phone the phone in international form, such as +77011234567
     * @param text  the message
     */
    void send(String phone, String text);
}

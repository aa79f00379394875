package kz.qyzmet.application.onetimepassword.port.in;

/** Use case: send an applicant a one-time password to the phone registered for them in the mobile citizens' database. */
public interface RequestOneTimePasswordUseCase {

    /** Sends a code; refused when no phone is registered for the IIN or too many codes were sent this hour. */
    OneTimePasswordSent request(RequestOneTimePasswordCommand command);
}

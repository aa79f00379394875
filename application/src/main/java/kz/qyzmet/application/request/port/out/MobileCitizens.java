package kz.qyzmet.application.request.port.out;
import java.util.Optional;
import kz.qyzmet.domain.request.Iin;
/** Port out: the mobile citizens' database (база мобильных граждан): the phone registered for an IIN, to which one-time passwords are sent. */
public interface MobileCitizens {
    /** The phone number registered for the IIN, in international form such as +77011234567, or empty when none is registered. */
    Optional<String> phoneOf(Iin iin);
}

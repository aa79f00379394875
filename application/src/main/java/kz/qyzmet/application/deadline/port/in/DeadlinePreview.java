package kz.qyzmet.application.deadline.port.in;

import java.util.List;
import kz.qyzmet.application.catalog.port.in.StandardInForce;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.StepDeadline;

/**
 * What a request would get: the standard applied, the acceptance moment, the overall deadline with its
 * explanation, and the planned step deadlines of the regulation where it gives a procedure.
 *
 * @param standard the service and the version in force on the acceptance day
 * @param channel  the channel
 * @param deadline acceptance, due instant, explanation
 * @param steps    the step deadlines, empty where no regulation gives steps
 */
public record DeadlinePreview(StandardInForce standard, Channel channel, Deadline deadline, List<StepDeadline> steps) {
}

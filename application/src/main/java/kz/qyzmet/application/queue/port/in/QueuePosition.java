package kz.qyzmet.application.queue.port.in;

/**
 * Where a child stands in the pre-school queue of a provider.
 *
 * @param request  the application
 * @param position from 1
 * @param of       how many are in the queue
 * @param priority whether a first-priority right is confirmed
 */
public record QueuePosition(java.util.UUID request, int position, int of, boolean priority) {
}

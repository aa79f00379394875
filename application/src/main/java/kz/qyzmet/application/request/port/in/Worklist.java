package kz.qyzmet.application.request.port.in;

import java.util.List;

/**
 * One page of a worklist.
 *
 * @param requests the requests on the page, earliest deadline first
 * @param page     the page, from 1
 * @param size     the page size asked for
 * @param hasMore  whether another page follows
 */
public record Worklist(List<RequestView> requests, int page, int size, boolean hasMore) {
}

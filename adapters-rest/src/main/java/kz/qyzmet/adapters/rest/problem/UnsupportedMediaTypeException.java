package kz.qyzmet.adapters.rest.problem;

/** A request body of a media type other than JSON: answered with a 415 problem. */
public final class UnsupportedMediaTypeException extends RuntimeException {

    public UnsupportedMediaTypeException(String contentType) {
        super(contentType == null ? "(none)" : contentType);
    }
}

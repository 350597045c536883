package dev.custos.detect.server.engine;

/** The pipeline worker's queue is full, or the worker did not answer in time; the client may retry later. */
public final class WorkerBusyException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkerBusyException(String message) {
        super(message);
    }

    public WorkerBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.custos.detect.kafka;

/** The Kafka source cannot go on: a checkpoint cannot be written. */
public final class KafkaSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KafkaSourceException(String message) {
        super(message);
    }

    public KafkaSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}

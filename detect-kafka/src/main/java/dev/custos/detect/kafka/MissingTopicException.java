package dev.custos.detect.kafka;

/** The topic to consume does not exist on the cluster (or has no partitions). */
public final class MissingTopicException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingTopicException(String topic) {
        super("topic " + topic + " does not exist");
    }
}

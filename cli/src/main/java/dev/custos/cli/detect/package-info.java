/**
 * {@code custos detect} ({@link dev.custos.cli.detect.DetectCommand}): the detection engine as a long-running
 * service. {@link dev.custos.cli.detect.ServeCommand} ({@code detect serve}) runs it behind the HTTP API of the
 * {@code detect-server} module with its alert sinks (docs/DETECTION-SERVICE.md); {@link
 * dev.custos.cli.detect.KafkaCommand} ({@code detect kafka}) consumes a Kafka topic through the {@code detect-kafka}
 * module (docs/DETECTION-KAFKA.md).
 */
package dev.custos.cli.detect;

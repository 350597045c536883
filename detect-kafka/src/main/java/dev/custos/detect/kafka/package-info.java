/** placeholder */
package dev.custos.detect.kafka;

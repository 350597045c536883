/** placeholder */
package dev.custos.detect.server;

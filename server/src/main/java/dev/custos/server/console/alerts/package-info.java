/** The alerts page: alerts, their volume over time, and feedback to detection. */
package dev.custos.server.console.alerts;

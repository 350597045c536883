/**
 * The evaluation harness: runs the real detection pipeline over simulated organisations with and without injected
 * attacks and measures what docs/DETECTION.md reports (theft requests stopped, lead time of the first high alert, false
 * escalations per 1,000 benign requests, alerts per day per 100 people), as JSON, a table and an SVG chart.
 */
package dev.custos.detect.evaluation;

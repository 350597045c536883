/** SVG charts drawn on the server: bars and lines, each with a caption in words. */
package dev.custos.server.console.charts;

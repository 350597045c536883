/**
 * Analyst feedback: {@link dev.custos.detect.feedback.Feedback} applies {@link
 * dev.custos.detect.feedback.FalsePositive} marks (which halve the weight of the marked combinations in later
 * findings) and scoped, expiring {@link dev.custos.detect.feedback.Suppression}s to findings on their way from the
 * detectors to the signing gate and the correlator; screening hits and governance findings are never suppressed.
 * {@link dev.custos.detect.feedback.FeedbackJson} is the JSON-lines form, {@link
 * dev.custos.detect.feedback.FeedbackSchedule} hands a feedback file out in time order during a replay.
 */
package dev.custos.detect.feedback;

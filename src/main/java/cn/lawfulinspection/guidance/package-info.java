/**
 * Guidance (行政指导) and invited visits (邀约走访、观摩), R-TK-9 and R-NT-4 (JY 2(4), JY 3(2), JJ 14, YH 2(7)): an
 * enterprise asks for guidance or invites a visit from its page (with the enterprise service link that reached it,
 * never the inspector's code), or the agency's staff register a request received by phone; the agency answers within
 * the profile's working days in {@code GuidanceRequestProcess}, an overdue answer is escalated to the head and recorded
 * for supervision; a visit needs the enterprise's consent or invitation and never carries an inspection result.
 * Guidance records are listed apart from inspections ({@code GET /api/supervision/guidance}). See docs/guidance.md.
 */
package cn.lawfulinspection.guidance;

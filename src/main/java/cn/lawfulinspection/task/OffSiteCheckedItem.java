package cn.lawfulinspection.task;

/**
 * An item (检查事项) a task means to inspect on site, with what off-site checking (非现场检查) found, R-TK-8.
 *
 * @param code the item's code
 * @param name the item's name, for the message
 * @param offSiteFoundNoViolation an off-site check of this item covered this enterprise and found no violation
 */
public record OffSiteCheckedItem(String code, String name, boolean offSiteFoundNoViolation) {}

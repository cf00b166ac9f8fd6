package cn.lawfulinspection.identity;

import java.util.List;

/**
 * The logged-in user as our API sees it.
 *
 * @param userId Camunda user id
 * @param name Chinese full name (family name first)
 * @param groups the user's Camunda groups (roles and agencies)
 */
public record CurrentUser(String userId, String name, List<String> groups) {}

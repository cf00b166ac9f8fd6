package cn.lawfulinspection.agency.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on {@code @PreAuthorize}: the master-data modules (agency, inspector, enterprise, item) let any authenticated
 * user read and only administrators (group {@code camunda-admin}) write.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MasterDataSecurityConfiguration {}

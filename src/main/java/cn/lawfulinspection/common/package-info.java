/**
 * What every module shares: {@link cn.lawfulinspection.common.Verdict}, the refusal exceptions, RFC 9457 problem
 * details ({@code web}) and the CSV import toolkit ({@code csv}). An open module: its sub-packages are usable by all.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.lawfulinspection.common;

import org.springframework.modulith.ApplicationModule;

/**
 * Follow-up / rectification (整改跟踪, R-RS-4): problems found in an inspection lead to a rectification with a
 * deadline; the enterprise reports what it fixed on the public page of its inspection code, the inspector verifies it
 * and, where needed, re-checks on site; what is still not fixed is handed to case handling (移交立案处理). The
 * rectification is also how a non-urgent problem is "first pointed out for correction" (先行指出、责令改正).
 */
package cn.lawfulinspection.rectification;

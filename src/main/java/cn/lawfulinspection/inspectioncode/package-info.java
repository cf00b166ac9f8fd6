/**
 * The inspection code (检查码, R-SC-3) an inspector shows and the enterprise verifies on a public page, and the
 * enterprise's own printable QR code poster (企业专属二维码); both are signed by the {@code qr} module.
 */
package cn.lawfulinspection.inspectioncode;

/**
 * Double-random draws (双随机、一公开, R-PL-5, YQ 5): under a filed routine plan an agency's staff commit to a secret
 * seed (its SHA-256 shown at once) and frozen pools of enterprises and qualified inspectors, then execute the draw,
 * which reveals the seed; anyone can read the published draw and replay it. See docs/draws.md.
 */
package cn.lawfulinspection.draw;

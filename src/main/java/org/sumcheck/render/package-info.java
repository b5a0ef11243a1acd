/**
 * Output formats: pure functions of an immutable {@link org.sumcheck.report.Report} and
 * {@link org.sumcheck.render.RenderOptions} (language, colour). Pick one with
 * {@link org.sumcheck.render.Renderers#byId(String)}.
 *
 * <p>Conventions shared by every format: paragraph numbers are shown 1-based (the model stores them 0-based); pages
 * are 1-based, 0 where the format has none; offsets and lengths count UTF-16 code units within the paragraph; a
 * finding of length 0 is about the whole document (a missing part) and is shown as such; output is deterministic
 * (no clock; the version comes from {@link org.sumcheck.report.Report#toolVersion()}).
 */
package org.sumcheck.render;

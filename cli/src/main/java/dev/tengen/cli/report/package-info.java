/**
 * {@code tengen report}: a run's history read from its directory ({@link
 * dev.tengen.cli.report.RunHistory}: metrics lines through {@link dev.tengen.cli.report.JsonLines}
 * and {@link dev.tengen.cli.report.FlatJson}, model events, the ladder through {@link
 * dev.tengen.cli.report.LadderGames}, the games queue's totals), drawn to PNG by {@link
 * dev.tengen.cli.report.ReportCharts} (XChart) and summarised as text by {@link
 * dev.tengen.cli.report.ReportText}.
 */
package dev.tengen.cli.report;

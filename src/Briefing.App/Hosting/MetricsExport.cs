using Briefing.ModelCalls.Usage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Briefing.App.Hosting;

/// <summary>Exports the Briefing meter (tokens, cost, outcomes) over OTLP when the standard OpenTelemetry variables ask for it.</summary>
/// <remarks>
/// Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set, so a plain run loads none of it. The exporter reads the other
/// OTEL_* variables itself (protocol, headers, export interval); the host flushes the last figures when it stops.
/// </remarks>
internal static class MetricsExport
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddIfConfigured(IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[EndpointVariable]))
        {
            return;
        }

        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(BriefingMetrics.MeterName).AddOtlpExporter());
    }
}

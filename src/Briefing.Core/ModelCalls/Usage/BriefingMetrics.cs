using System.Diagnostics.Metrics;
using Briefing.Briefings;

namespace Briefing.ModelCalls.Usage;

/// <summary>The "Briefing" meter: tokens, cost and how each model briefing ended, for any OpenTelemetry exporter.</summary>
/// <remarks>Tag names follow the OpenTelemetry GenAI conventions where one exists (gen_ai.*).</remarks>
internal sealed class BriefingMetrics
{
    public const string MeterName = "Briefing";

    public BriefingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Tokens = meter.CreateCounter<long>("briefing.model.tokens", "{token}", "Tokens sent to and written by the model.");
        Cost = meter.CreateCounter<double>("briefing.model.cost", "USD", "Model cost from the configured price table.");
        Outcomes = meter.CreateCounter<long>("briefing.model.outcomes", "{briefing}", "How each model briefing ended: model, repaired, cached, fallback or failed.");
    }

    internal Counter<long> Tokens { get; }

    internal Counter<double> Cost { get; }

    internal Counter<long> Outcomes { get; }

    public void Record(string model, string outcome, ModelUsage usage)
    {
        RecordUsage(model, usage);
        Outcomes.Add(1, new("gen_ai.request.model", model), new("briefing.outcome", outcome));
    }

    /// <summary>Tokens and cost of calls made after the briefing's outcome was recorded (the grounding follow-up).</summary>
    public void RecordUsage(string model, ModelUsage usage)
    {
        var modelTag = new KeyValuePair<string, object?>("gen_ai.request.model", model);
        var estimated = new KeyValuePair<string, object?>("briefing.tokens.estimated", usage.Estimated);
        if (usage.PromptTokens > 0)
        {
            Tokens.Add(usage.PromptTokens, modelTag, estimated, new("gen_ai.token.type", "input"));
        }

        if (usage.CompletionTokens > 0)
        {
            Tokens.Add(usage.CompletionTokens, modelTag, estimated, new("gen_ai.token.type", "output"));
        }

        if (usage.CostUsd is { } cost && cost > 0)
        {
            Cost.Add((double)cost, modelTag);
        }
    }
}

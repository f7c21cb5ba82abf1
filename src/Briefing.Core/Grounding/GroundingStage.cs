using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Caching;
using Briefing.Engines.Extractive;
using Briefing.ModelCalls.Budget;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Grounding;

/// <summary>Checks every draft against its article and, for a model's draft with unsupported items, warns, retries once or falls back.</summary>
/// <remarks>The reviser is null when the extractive provider is configured: it needs a model, and such drafts are never revised.</remarks>
internal sealed partial class GroundingStage(
    GroundingChecker checker,
    GroundingReviser? reviser,
    ExtractiveBriefingEngine extractive,
    BriefingCache cache,
    IOptions<GroundingOptions> options,
    ILogger<GroundingStage> logger)
{
    public async Task<(BriefingDraft Draft, GroundingReport Report)> ApplyAsync(
        Article article, BriefingSettings settings, BriefingDraft draft, CancellationToken cancellationToken)
    {
        var report = checker.Check(article, draft.Content);
        if (report.Verdict == GroundingVerdict.Grounded || draft.Engine.Kind == EngineKinds.Extractive)
        {
            return (draft, report);
        }

        var action = options.Value.Action;
        LogUnsupported(logger, article.Source, report.Unsupported.Count, action);
        switch (action)
        {
            case GroundingAction.Retry:
                return await RetryAsync(article, settings, draft, report, cancellationToken);

            case GroundingAction.Fallback:
                var fallback = await extractive.GenerateAsync(article, settings, cancellationToken);
                var note = $"The model's briefing had {Count(report)} not found in the article, so sentences were selected from the article instead.";
                var fallbackReport = checker.Check(article, fallback.Content);
                // The rejected model reply was still paid for, as with the model stage's own fallback.
                return (fallback with { Engine = fallback.Engine with { Note = note }, Usage = draft.Usage },
                    fallbackReport with { Action = "fell back to the extractive engine", Rejected = report.Unsupported });

            default:
                return (draft, report with { Action = "warned" });
        }
    }

    private async Task<(BriefingDraft Draft, GroundingReport Report)> RetryAsync(
        Article article, BriefingSettings settings, BriefingDraft draft, GroundingReport report, CancellationToken cancellationToken)
    {
        if (draft.WrittenInParts)
        {
            // The follow-up carries the whole article, which is exactly what did not fit the context budget.
            return (draft, report with { Action = "not retried: the briefing was written in parts, and a follow-up would have to carry the whole article" });
        }

        if (reviser is null)
        {
            return (draft, report with { Action = "not retried: no model is configured to revise with" });
        }

        if (draft.Revised)
        {
            // The cache holds what the one follow-up produced on an earlier run; asking again would pay for the same answer.
            return (draft, report with { Action = "not retried again: this is the cached result of an earlier retry" });
        }

        GroundingRevision revision;
        try
        {
            revision = await reviser.ReviseAsync(article, settings, draft.Content, report, cancellationToken);
        }
        catch (Exception e) when (e is ModelException or ContextBudgetExceededException)
        {
            // The first reply is a usable briefing with its problems named; losing it to a failed follow-up helps no reader.
            return (draft, report with { Action = $"retry failed, so the first reply is kept: {e.Message}" });
        }

        // The follow-up was paid for whichever reply is kept.
        var paid = draft with { Usage = draft.Usage?.Add(revision.Usage) ?? revision.Usage };
        if (revision.Content is not { } revised)
        {
            // The model answered, unusably; unlike a failed call, asking again on a later run would likely pay for the same.
            await StoreAsync(paid, cancellationToken);
            return (paid, report with { Action = $"retry failed, so the first reply is kept: {revision.Failure}" });
        }

        var revisedReport = checker.Check(article, revised);
        var (kept, keptReport) = revisedReport.Unsupported.Count <= report.Unsupported.Count
            ? (paid with { Content = revised }, revisedReport with { Action = $"retried once: the first reply had {Count(report)}" })
            : (paid, report with { Action = $"retried once; the second reply was worse ({Count(revisedReport)}), so the first is kept" });
        await StoreAsync(kept, cancellationToken);
        return (kept, keptReport);
    }

    /// <summary>Caches the briefing the retry settled on, so a rerun returns it without asking the model again.</summary>
    private async Task StoreAsync(BriefingDraft kept, CancellationToken cancellationToken)
    {
        if (kept.CacheKey is { } key)
        {
            await cache.StoreAsync(key, kept with { Revised = true }, cancellationToken);
        }
    }

    private static string Count(GroundingReport report) =>
        report.Unsupported.Count == 1 ? "1 unsupported item" : $"{report.Unsupported.Count} unsupported items";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Briefing of {Source} has {Count} unsupported items; action {Action}")]
    private static partial void LogUnsupported(ILogger logger, string source, int count, GroundingAction action);
}

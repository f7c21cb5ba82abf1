using Briefing.Articles;
using Briefing.Briefings;
using Briefing.ModelCalls.Budget;
using Microsoft.Extensions.Logging;

namespace Briefing.ModelCalls.Replies;

/// <summary>Asks the model for a briefing, checks the reply, and asks once more, naming the problem, when the reply is unusable.</summary>
/// <remarks>One repair is enough to fix most slips (a fence, a missing field, a truncation); more rarely help and always cost.</remarks>
internal sealed partial class ModelConversation(ModelInvoker invoker, BriefingReplyValidator validator, ILogger<ModelConversation> logger)
{
    // rendered: the Summarize prompt the budget check already rendered for this article; null to render it here.
    public async Task<ModelOutcome> RunAsync(Article article, BriefingSettings settings, string? rendered, CancellationToken cancellationToken)
    {
        var usage = ModelUsage.None;
        try
        {
            var first = await invoker.InvokeAsync(article, settings, repairAppendix: null, rendered, cancellationToken);
            usage = usage.Add(first.Usage);
            var check = validator.Check(first, settings.Preset);
            if (check.Content is { } content)
            {
                return ModelOutcome.Success(content, usage, repaired: false);
            }

            var problem = check.Problem ?? "The reply was unusable.";
            if (!check.Repairable)
            {
                return ModelOutcome.Failed(problem, usage);
            }

            LogRepairing(logger, article.Source, problem);
            var second = await invoker.InvokeAsync(article, settings, RepairPrompt.Appendix(first.Text, problem), rendered, cancellationToken);
            usage = usage.Add(second.Usage);
            var recheck = validator.Check(second, settings.Preset);
            return recheck.Content is { } repaired
                ? ModelOutcome.Success(repaired, usage, repaired: true)
                : ModelOutcome.Failed($"{recheck.Problem} (still wrong after one repair request; first problem: {problem})", usage);
        }
        catch (Exception e) when (e is ModelException or ContextBudgetExceededException)
        {
            // The first prompt was measured before sending; a repair request carries the first reply too and can be
            // the one that no longer fits. Either way the fallback policy decides what the reader gets.
            return ModelOutcome.Failed(e.Message, usage, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Asking the model to repair its reply for {Source}: {Problem}")]
    private static partial void LogRepairing(ILogger logger, string source, string problem);
}

using System.Globalization;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Prompts;
using Microsoft.SemanticKernel;

namespace Briefing.ModelCalls;

/// <summary>Makes one Summarize call for an article: the briefing prompt with the article's variables, through <see cref="PromptCaller"/>.</summary>
internal sealed class ModelInvoker(PromptCaller caller, PromptLibrary prompts)
{
    private const string ArticleLanguage = "the same language as the article";
    private const string ReportsLanguage = "the same language as the reports";

    /// <summary>
    /// Sends the prompt; <paramref name="repairAppendix"/> holds the messages appended for a repair call (null for the first call),
    /// <paramref name="rendered"/> the prompt <see cref="RenderIfFitsAsync"/> returned, so it is not rendered a second time (null to render).
    /// </summary>
    public Task<ModelReply> InvokeAsync(
        Article article, BriefingSettings settings, string? repairAppendix, string? rendered, CancellationToken cancellationToken) =>
        caller.CallAsync(Call(article, settings, repairAppendix) with { Rendered = rendered }, cancellationToken);

    /// <summary>The Summarize prompt for this article when it fits the context budget, else null; measured without calling the model.</summary>
    public Task<string?> RenderIfFitsAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken) =>
        caller.RenderIfFitsAsync(Call(article, settings, repairAppendix: null), cancellationToken);

    /// <summary>Whether the Summarize prompt for this article fits the context budget, measured without calling the model.</summary>
    public Task<bool> FitsAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken) =>
        caller.FitsAsync(Call(article, settings, repairAppendix: null), cancellationToken);

    /// <summary>The template variables; every value is encoded by Semantic Kernel because none allows unsafe content.</summary>
    public static IReadOnlyDictionary<string, string> PromptVariables(Article article, BriefingSettings settings)
    {
        var variables = FencedVariables.For(article, "article", Text(article));
        if (article.Kind != ArticleKind.Single)
        {
            variables["report_count"] = article.Reports.Count.ToString(CultureInfo.InvariantCulture);
        }

        variables["language"] = string.IsNullOrWhiteSpace(settings.Language) ? (article.Kind == ArticleKind.Single ? ArticleLanguage : ReportsLanguage) : settings.Language;
        variables["briefing_words"] = settings.Preset.BriefingWords.ToString(CultureInfo.InvariantCulture);
        variables["key_points"] = settings.Preset.KeyPoints.ToString(CultureInfo.InvariantCulture);
        return variables;
    }

    private PromptCall Call(Article article, BriefingSettings settings, string? repairAppendix) =>
        new(Template(article), PromptVariables(article, settings), settings.Preset.MaxTokens, StructuredReply: true, repairAppendix);

    private KernelFunction Template(Article article) => article.Kind switch
    {
        ArticleKind.Story => prompts.SummarizeStory,
        ArticleKind.Overview => prompts.Overview,
        _ => prompts.Summarize,
    };

    // Each report is introduced by a line naming it, so the model can say which source states what.
    private static string Text(Article article)
    {
        if (article.Kind == ArticleKind.Single)
        {
            return article.Body;
        }

        var count = article.Reports.Count;
        return string.Join("\n\n", article.Reports.Select((report, i) =>
            string.Create(CultureInfo.InvariantCulture, $"Report {i + 1} of {count}: {report.Source}, \"{report.Title ?? FencedVariables.NoTitle}\"\n\n{report.Body}")));
    }
}

using System.Globalization;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.ModelCalls;
using Briefing.ModelCalls.Budget;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Engines.Model.LongArticles;

/// <summary>
/// Condenses an article whose briefing prompt would not fit the context budget: notes on each part (map), then notes
/// merged into shorter notes (reduce) until the briefing prompt over them fits.
/// </summary>
/// <remarks>
/// The article is never truncated. Each pass must shrink the text; one that does not would loop forever, so it stops
/// the article with a clear reason (and the fallback policy decides what the reader gets).
/// </remarks>
internal sealed partial class LongArticleCondenser(
    PromptCaller caller,
    NotesPrompts notesPrompts,
    ModelInvoker invoker,
    TextChunker chunker,
    ContextBudget budget,
    IOptions<LongArticleOptions> options,
    ILogger<LongArticleCondenser> logger)
{
    /// <summary>What shapes the notes besides the templates: the context budget, which sets the parts, and the notes cap.</summary>
    /// <remarks>Part of the cache key of a briefing written in parts, so a change to either writes the briefing again.</remarks>
    public string PartSettings => string.Create(CultureInfo.InvariantCulture, $"context={budget.ContextTokens};notes={options.Value.NotesMaxTokens}");

    public async Task<CondensedArticle> CondenseAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var usage = new UsageTally();
        var parts = 0;
        var passes = 0;
        try
        {
            var partBudget = await notesPrompts.PartRoomAsync(article, cancellationToken);
            var chunks = chunker.Chunk(article.Paragraphs, partBudget);
            parts = chunks.Count;
            LogSplitting(logger, article.Source, parts, partBudget);
            var notes = await NotesAsync(article.Source, "part", chunks, i => notesPrompts.Part(article, chunks, i), usage, cancellationToken);
            EnsureShrank(budget.Count(article.Body), notes, "summarizing the parts");

            while (!await invoker.FitsAsync(WithNotes(article, notes), settings, cancellationToken))
            {
                if (passes == options.Value.MaxCombinePasses)
                {
                    var passCount = passes == 1 ? "1 combining pass" : $"{passes} combining passes";
                    throw new ModelException(
                        $"The notes on this article still do not fit the context budget after {passCount} (Briefing:LongArticles:MaxCombinePasses); raise Briefing:Model:ContextTokens if the model allows.");
                }

                passes++;
                var groups = chunker.Chunk(notes, await notesPrompts.CombineRoomAsync(article, cancellationToken));
                var before = budget.Count(string.Join("\n\n", notes));
                notes = await NotesAsync(article.Source, $"combining pass {passes}, group", groups, i => notesPrompts.Combine(article, groups[i]), usage, cancellationToken);
                EnsureShrank(before, notes, $"combining pass {passes}");
            }

            return new CondensedArticle(WithNotes(article, notes), null, parts, passes, usage.Total);
        }
        catch (Exception e) when (e is ModelException or ContextBudgetExceededException)
        {
            return new CondensedArticle(null, e.Message, parts, passes, usage.Total, e);
        }
    }

    private void EnsureShrank(int tokensBefore, IReadOnlyList<string> notes, string step)
    {
        var after = budget.Count(string.Join("\n\n", notes));
        if (after >= tokensBefore)
        {
            throw new ModelException(string.Create(
                CultureInfo.InvariantCulture,
                $"The article could not be condensed to fit the context budget: {step} gave {after:N0} tokens of notes from {tokensBefore:N0}, so another pass would not help. Use a model with a larger context window (Briefing:Model:ContextTokens)."));
        }
    }

    private async Task<IReadOnlyList<string>> NotesAsync(
        string source, string unit, IReadOnlyList<string> inputs, Func<int, PromptCall> call, UsageTally usage, CancellationToken cancellationToken)
    {
        var notes = new string[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.PartConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), parallel, async (i, token) =>
        {
            var reply = await caller.CallAsync(call(i), token);
            usage.Add(reply.Usage);
            notes[i] = Notes(reply, unit, i, inputs.Count);
            if (reply.FinishReason is "length" or "Length")
            {
                // The notes so far are still faithful, so they are kept; the warning says how to keep the rest.
                LogNotesCut(logger, i + 1, inputs.Count, source, options.Value.NotesMaxTokens);
            }
        });
        return notes;
    }

    private static string Notes(ModelReply reply, string unit, int index, int count)
    {
        if (!string.IsNullOrWhiteSpace(reply.Refusal) || reply.FinishReason is "content_filter" or "ContentFilter")
        {
            throw new ModelException($"The model refused to take notes on {unit} {index + 1} of {count}: {reply.Refusal ?? "content filter"}.");
        }

        return string.IsNullOrWhiteSpace(reply.Text)
            ? throw new ModelException($"The model returned no notes for {unit} {index + 1} of {count}.")
            : reply.Text.Trim();
    }

    private static Article WithNotes(Article article, IReadOnlyList<string> notes) => article with { Paragraphs = notes, Captions = [] };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notes {Index} of {Count} for {Source} reached the {MaxTokens}-token cap and end early; raise Briefing:LongArticles:NotesMaxTokens to keep more")]
    private static partial void LogNotesCut(ILogger logger, int index, int count, string source, int maxTokens);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} is over the context budget: summarizing it in {Parts} parts of up to {Tokens} tokens")]
    private static partial void LogSplitting(ILogger logger, string source, int parts, int tokens);
}

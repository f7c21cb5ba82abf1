using System.Globalization;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Models.Budget;
using Briefing.Prompts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Models.LongArticles;

/// <summary>
/// Condenses an article whose briefing prompt would not fit the context budget: notes on each part (map), then notes
/// merged into shorter notes (reduce) until the briefing prompt over them fits.
/// </summary>
/// <remarks>
/// The article is never truncated. Each pass must shrink the text; one that does not would loop forever, so it stops
/// the article with a clear reason (and the fallback policy decides what the reader gets).
/// </remarks>
public sealed partial class LongArticleCondenser(
    PromptCaller caller,
    PromptLibrary prompts,
    ModelInvoker invoker,
    TextChunker chunker,
    ContextBudget budget,
    IOptions<LongArticleOptions> options,
    ILogger<LongArticleCondenser> logger)
{
    // Keeps a few tokens spare for counting differences between a chunk and the same text inside the rendered prompt.
    private const int Margin = 16;

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
            var partBudget = await ChunkBudgetAsync(prompts.SummarizePart, article, cancellationToken);
            var chunks = chunker.Chunk(article.Paragraphs, partBudget);
            parts = chunks.Count;
            LogSplitting(logger, article.Source, parts, partBudget);
            var notes = await NotesAsync(article.Source, "part", chunks, i => PartCall(article, chunks, i), usage, cancellationToken);
            EnsureShrank(budget.Count(article.Body), notes, "summarizing the parts");

            while (!await invoker.FitsAsync(WithNotes(article, notes), settings, cancellationToken))
            {
                if (passes == options.Value.MaxCombinePasses)
                {
                    throw new ModelException(
                        $"The notes on this article still do not fit the context budget after {passes} combining passes (Briefing:LongArticles:MaxCombinePasses); raise Briefing:Model:ContextTokens if the model allows.");
                }

                passes++;
                var groups = chunker.Chunk(notes, await ChunkBudgetAsync(prompts.CombineNotes, article, cancellationToken));
                var before = budget.Count(string.Join("\n\n", notes));
                notes = await NotesAsync(article.Source, $"combining pass {passes}, group", groups, i => CombineCall(article, groups[i]), usage, cancellationToken);
                EnsureShrank(before, notes, $"combining pass {passes}");
            }

            return new CondensedArticle(WithNotes(article, notes), null, parts, passes, usage.Total);
        }
        catch (Exception e) when (e is ModelException or ContextBudgetExceededException)
        {
            return new CondensedArticle(null, e.Message, parts, passes, usage.Total);
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

    // The room for one chunk: the context budget minus the reply cap and the prompt around the chunk, measured by
    // rendering the template with an empty chunk and the widest part numbers.
    private async Task<int> ChunkBudgetAsync(Microsoft.SemanticKernel.KernelFunction function, Article article, CancellationToken cancellationToken)
    {
        var notesTokens = options.Value.NotesMaxTokens;
        var frame = await caller.CountAsync(new PromptCall(function, Variables(article, string.Empty, "9999", "9999"), notesTokens, StructuredReply: false), cancellationToken);
        var room = budget.Available(notesTokens) - frame - Margin;
        return room >= 64
            ? room
            : throw new ModelException(string.Create(
                CultureInfo.InvariantCulture,
                $"The context budget ({budget.Available(0):N0} tokens) leaves no room to summarize this article in parts; raise Briefing:Model:ContextTokens or lower Briefing:LongArticles:NotesMaxTokens."));
    }

    private PromptCall PartCall(Article article, IReadOnlyList<string> chunks, int index) => new(
        prompts.SummarizePart,
        Variables(article, chunks[index], (index + 1).ToString(CultureInfo.InvariantCulture), chunks.Count.ToString(CultureInfo.InvariantCulture)),
        options.Value.NotesMaxTokens,
        StructuredReply: false);

    private PromptCall CombineCall(Article article, string notes) =>
        new(prompts.CombineNotes, Variables(article, notes, part: null, parts: null), options.Value.NotesMaxTokens, StructuredReply: false);

    private Dictionary<string, string> Variables(Article article, string text, string? part, string? parts)
    {
        var title = article.Title ?? "(none)";
        var variables = new Dictionary<string, string>
        {
            ["title"] = title,
            ["source"] = article.Source,
            ["text"] = text,
            ["boundary"] = ArticleBoundary.For($"{title}\n{article.Source}\n{text}"),
            ["notes_words"] = options.Value.NotesWords.ToString(CultureInfo.InvariantCulture),
        };
        if (part is not null && parts is not null)
        {
            variables["part"] = part;
            variables["parts"] = parts;
        }

        return variables;
    }

    private static Article WithNotes(Article article, IReadOnlyList<string> notes) => article with { Paragraphs = notes, Captions = [] };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notes {Index} of {Count} for {Source} reached the {MaxTokens}-token cap and end early; raise Briefing:LongArticles:NotesMaxTokens to keep more")]
    private static partial void LogNotesCut(ILogger logger, int index, int count, string source, int maxTokens);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} is over the context budget: summarizing it in {Parts} parts of up to {Tokens} tokens")]
    private static partial void LogSplitting(ILogger logger, string source, int parts, int tokens);
}

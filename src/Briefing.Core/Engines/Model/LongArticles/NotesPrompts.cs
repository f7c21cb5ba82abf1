using System.Globalization;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.ModelCalls;
using Briefing.ModelCalls.Budget;
using Briefing.Prompts;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Briefing.Engines.Model.LongArticles;

/// <summary>Builds the notes calls of one article (SummarizePart for a part, CombineNotes for a group of notes) and
/// measures how much text each of them can carry within the context budget.</summary>
internal sealed class NotesPrompts(PromptCaller caller, PromptLibrary prompts, ContextBudget budget, IOptions<LongArticleOptions> options)
{
    // Keeps a few tokens spare for counting differences between a chunk and the same text inside the rendered prompt.
    private const int Margin = 16;

    // Below this a part would carry a sentence or two, and the notes would cost more than the article.
    private const int SmallestRoom = 64;

    /// <summary>Tokens of article text one SummarizePart call can carry.</summary>
    public Task<int> PartRoomAsync(Article article, CancellationToken cancellationToken) =>
        RoomAsync(prompts.SummarizePart, article, cancellationToken);

    /// <summary>Tokens of notes one CombineNotes call can carry.</summary>
    public Task<int> CombineRoomAsync(Article article, CancellationToken cancellationToken) =>
        RoomAsync(prompts.CombineNotes, article, cancellationToken);

    public PromptCall Part(Article article, IReadOnlyList<string> chunks, int index) => new(
        prompts.SummarizePart,
        Variables(article, chunks[index], (index + 1).ToString(CultureInfo.InvariantCulture), chunks.Count.ToString(CultureInfo.InvariantCulture)),
        options.Value.NotesMaxTokens,
        StructuredReply: false);

    public PromptCall Combine(Article article, string notes) =>
        new(prompts.CombineNotes, Variables(article, notes, part: null, parts: null), options.Value.NotesMaxTokens, StructuredReply: false);

    // The context budget minus the reply cap and the prompt around the text, measured by rendering the template with
    // no text and the widest part numbers.
    private async Task<int> RoomAsync(KernelFunction function, Article article, CancellationToken cancellationToken)
    {
        var notesTokens = options.Value.NotesMaxTokens;
        var frame = await caller.CountAsync(new PromptCall(function, Variables(article, string.Empty, "9999", "9999"), notesTokens, StructuredReply: false), cancellationToken);
        var room = budget.Available(notesTokens) - frame - Margin;
        return room >= SmallestRoom
            ? room
            : throw new ModelException(string.Create(
                CultureInfo.InvariantCulture,
                $"The context budget ({budget.Available(0):N0} tokens) leaves no room to summarize this article in parts; raise Briefing:Model:ContextTokens or lower Briefing:LongArticles:NotesMaxTokens."));
    }

    private Dictionary<string, string> Variables(Article article, string text, string? part, string? parts)
    {
        var variables = FencedVariables.For(article, "text", text);
        variables["notes_words"] = options.Value.NotesWords.ToString(CultureInfo.InvariantCulture);
        if (part is not null && parts is not null)
        {
            variables["part"] = part;
            variables["parts"] = parts;
        }

        return variables;
    }
}

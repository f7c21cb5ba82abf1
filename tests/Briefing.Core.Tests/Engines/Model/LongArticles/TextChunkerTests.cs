using Briefing.ModelCalls.Budget;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Engines.Model.LongArticles;

public sealed class TextChunkerTests : IDisposable
{
    private readonly ServiceProvider _services = TestPipeline.Create();

    private TextChunker Chunker => _services.GetRequiredService<TextChunker>();

    private ContextBudget Budget => _services.GetRequiredService<ContextBudget>();

    [Fact]
    public void Chunk_Paragraphs_EndOnParagraphBoundariesWithinTheLimitAndLoseNothing()
    {
        var paragraphs = LongArticleText.Paragraphs(5_000);

        var chunks = Chunker.Chunk(paragraphs, 500);

        Assert.All(chunks, c => Assert.InRange(Budget.Count(c), 1, 500));
        Assert.Equal(string.Join("\n\n", paragraphs), string.Join("\n\n", chunks));
        Assert.All(chunks, c => Assert.Contains(c.Split("\n\n")[0], paragraphs));
    }

    [Fact]
    public void Chunk_ParagraphLongerThanAChunk_CutBetweenSentences()
    {
        var paragraph = string.Join(" ", LongArticleText.Paragraphs(2_000)) + " End.";

        var chunks = Chunker.Chunk([paragraph], 300);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.InRange(Budget.Count(c), 1, 300));
        Assert.All(chunks, c => Assert.EndsWith(".", c.Split("\n\n")[^1], StringComparison.Ordinal));
        Assert.Equal(Words(paragraph), Words(string.Join(" ", chunks)));
    }

    [Fact]
    public void Chunk_SentenceLongerThanAChunk_CutBetweenWords()
    {
        var sentence = string.Join(" ", Enumerable.Range(1, 1_000).Select(i => $"item{i},")) + " and more.";

        var chunks = Chunker.Chunk([sentence], 200);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.InRange(Budget.Count(c), 1, 200));
        Assert.Equal(Words(sentence), Words(string.Join(" ", chunks)));
    }

    [Fact]
    public void Chunk_RunWithoutSpacesLongerThanAChunk_CutBetweenCharactersWithinTheLimit()
    {
        // Chinese or Japanese without the sentence marks the splitter knows, or a long URL: no space to cut at.
        var run = string.Concat(Enumerable.Range(1, 300).Select(i => $"代表团在日内瓦讨论了粮食出口😀{i}"));

        var chunks = Chunker.Chunk([run], 200);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.InRange(Budget.Count(c), 1, 200));
        Assert.All(chunks, c => Assert.False(char.IsHighSurrogate(c[^1]), "a chunk ends inside a surrogate pair"));
        Assert.Equal(run, string.Concat(chunks));
    }

    public void Dispose() => _services.Dispose();

    private static string[] Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}

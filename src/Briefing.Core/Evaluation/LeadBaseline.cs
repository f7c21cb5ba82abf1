using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>The Lead-3 baseline: the article's first three sentences, one a line.</summary>
/// <remarks>News leads with its most important facts, so the first sentences are the bar any summarizer must clear.</remarks>
public sealed class LeadBaseline(SentenceSplitter splitter)
{
    public const int Sentences = 3;

    public string Summarize(string article) =>
        string.Join('\n', article.Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(splitter.Split).Take(Sentences));
}

using Briefing.Articles;

namespace Briefing.Briefings;

/// <summary>Writes a briefing for one article: a language model through Semantic Kernel, or the built-in extractive engine.</summary>
internal interface IBriefingEngine
{
    Task<BriefingDraft> GenerateAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken);
}

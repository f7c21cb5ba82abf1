using Briefing.State;
namespace Briefing.Sources;

/// <summary>What a source offers for one run, and the places it could not read at all (an unreachable feed).</summary>
internal sealed record SourceBatch(IReadOnlyList<IPendingArticle> Articles, IReadOnlyList<SourceFailure> Failures);

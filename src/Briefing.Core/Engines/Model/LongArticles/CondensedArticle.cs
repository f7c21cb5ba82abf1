using Briefing.Articles;
using Briefing.Briefings;

namespace Briefing.Engines.Model.LongArticles;

/// <summary>An article over the context budget, condensed to notes short enough to brief in one call; or why that failed.</summary>
/// <param name="Notes">The article with its body replaced by the notes (title and source kept), or null when condensing failed.</param>
/// <param name="Failure">Why condensing failed, or null.</param>
/// <param name="Parts">How many parts the article was split into.</param>
/// <param name="CombinePasses">How many combining passes the notes took after the first notes.</param>
/// <param name="Usage">What every notes call cost, failed or not.</param>
/// <param name="Error">The exception behind <paramref name="Failure"/>, which says whether the failure was transient.</param>
internal sealed record CondensedArticle(Article? Notes, string? Failure, int Parts, int CombinePasses, ModelUsage Usage, Exception? Error = null);

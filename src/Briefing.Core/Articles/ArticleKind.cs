namespace Briefing.Articles;

/// <summary>What a text handed to an engine is: one article, a story told by several articles, or the day's story briefings.</summary>
/// <remarks>The model's prompt follows it; grounding and the extractive engine read the paragraphs whatever the kind.</remarks>
internal enum ArticleKind
{
    /// <summary>One article from one source.</summary>
    Single,

    /// <summary>Several reports of one event; <see cref="Article.Reports"/> holds them.</summary>
    Story,

    /// <summary>The briefings of the day's top stories, most important first; <see cref="Article.Reports"/> holds one per story.</summary>
    Overview,
}

namespace Briefing.Articles;

/// <summary>Why an article could not be ingested; each kind maps to its own exit code.</summary>
internal enum ArticleErrorKind
{
    NotFound,
    Empty,
    Binary,
    InvalidEncoding,
    TooLarge,
    FetchFailed,
    UnsupportedContent,

    /// <summary>The markup nests deeper than Briefing:Ingest:MaxHtmlDepth (or Markdown's own limit).</summary>
    TooDeep,

    /// <summary>Reading the article took longer than Briefing:Ingest:ParseTimeout.</summary>
    TooSlow,
}

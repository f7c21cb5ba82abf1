namespace Briefing.Articles;

/// <summary>Why an article could not be ingested; each kind maps to its own exit code.</summary>
public enum ArticleErrorKind
{
    NotFound,
    Empty,
    Binary,
    InvalidEncoding,
    TooLarge,
    FetchFailed,
    UnsupportedContent,
}

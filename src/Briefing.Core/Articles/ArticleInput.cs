namespace Briefing.Articles;

/// <summary>Where an article comes from: a file path, an http(s) URL or "-" for standard input.</summary>
internal sealed record ArticleInput(string Location, ArticleFormat Format = ArticleFormat.Auto)
{
    public const string StandardInput = "-";

    public bool IsStandardInput => Location == StandardInput;

    public Uri? Url =>
        Uri.TryCreate(Location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}
